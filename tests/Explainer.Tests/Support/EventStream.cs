using System.Threading.Channels;

namespace Explainer.Tests.Support;

/// <summary>A minimal Server-Sent Events reader for tests: events arrive on a channel, with a timeout.</summary>
public sealed class EventStream : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Channel<(string Event, string Data)> _events = Channel.CreateUnbounded<(string, string)>();
    private readonly TaskCompletionSource _connected = new();
    private readonly Task _reader;

    public EventStream(HttpClient http, string path) => _reader = Read(http, path);

    public Task WaitForConnection() => _connected.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public async Task<(string Event, string Data)> Next() =>
        await _events.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    private async Task Read(HttpClient http, string path)
    {
        try
        {
            using var response = await http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
            string? name = null;
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line.StartsWith(": connected", StringComparison.Ordinal)) _connected.TrySetResult();
                else if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null) _events.Writer.TryWrite((name, line[6..]));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reader;
        _stop.Dispose();
    }
}
