using Explainer.Pipeline;

namespace Explainer.Preview;

/// <summary>
/// A running preview: the first build, the server and the file watcher, wired together.
/// The <c>preview</c> command runs one until Ctrl+C; tests start one on a free port.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private readonly PreviewServer _server;
    private readonly SiteWatcher _watcher;

    private PreviewHost(PreviewSession session, PreviewServer server, SiteWatcher watcher)
    {
        Session = session;
        _server = server;
        _watcher = watcher;
    }

    public PreviewSession Session { get; }

    /// <summary>The site's address, under its link root.</summary>
    public Uri SiteAddress => new(_server.Address, Session.Last?.Settings.LinkRoot ?? "/");

    public static async Task<PreviewHost> StartAsync(BuildOptions options, int port, TextWriter output, TextWriter error)
    {
        var hub = new LiveReloadHub();
        var session = new PreviewSession(options, hub, output, error);
        session.RequestBuild();
        var server = await PreviewServer.StartAsync(options.Output, () => session.Last?.Settings.LinkRoot ?? "/", hub, port);
        var watcher = new SiteWatcher(options.Root, options.Input ?? Path.Combine(options.Root, "input"), session.RequestBuild);
        return new PreviewHost(session, server, watcher);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        await _server.DisposeAsync();
    }
}
