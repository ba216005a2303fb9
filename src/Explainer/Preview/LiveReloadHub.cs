using System.Threading.Channels;

namespace Explainer.Preview;

/// <summary>
/// The open pages of a preview session, each listening on a Server-Sent Events stream. After a
/// rebuild every page receives "reload"; after a failed one, "errors" with the diagnostics.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly List<Channel<(string Event, string Data)>> _clients = [];
    private readonly Lock _gate = new();
    private (string Event, string Data)? _last;

    public int ClientCount { get { lock (_gate) return _clients.Count; } }

    public void Broadcast(string eventName, string data)
    {
        lock (_gate)
        {
            _last = (eventName, data);
            foreach (var client in _clients) client.Writer.TryWrite((eventName, data));
        }
    }

    /// <summary>A new listener; a page that opens while the build is broken is told so at once.</summary>
    public ChannelReader<(string Event, string Data)> Subscribe(CancellationToken closed)
    {
        var channel = Channel.CreateUnbounded<(string, string)>();
        lock (_gate)
        {
            _clients.Add(channel);
            if (_last is { Event: "errors" } last) channel.Writer.TryWrite(last);
        }
        closed.Register(() =>
        {
            lock (_gate) _clients.Remove(channel);
            channel.Writer.TryComplete();
        });
        return channel.Reader;
    }
}
