using Explainer.Pipeline;
using Explainer.Preview;

namespace Explainer.Cli;

/// <summary>
/// Runs <c>preview</c>: builds, serves the site on 127.0.0.1, rebuilds on every change to
/// input/, theme/, seeds/ or statiq.json and reloads the open pages, until Ctrl+C. Drafts are
/// shown, marked as drafts, unless --no-drafts (the command line decides, in <see cref="Commands"/>).
/// </summary>
public static class PreviewCommand
{
    public const int DefaultPort = 5080;

    public static async Task<int> RunAsync(BuildOptions options, int port, TextWriter output, TextWriter error, CancellationToken stop)
    {
        PreviewHost host;
        try
        {
            host = await PreviewHost.StartAsync(options, port, output, error);
        }
        catch (IOException e)
        {
            // Kestrel says so when the port is taken or may not be used.
            error.WriteLine(new Diagnostics.Diagnostic(".", 1, 1, Diagnostics.ErrorCodes.Io,
                $"cannot listen on 127.0.0.1:{port}: {e.Message.TrimEnd('.')}; choose another port with --port (0 picks a free one)"));
            return 1;
        }
        await using var _ = host;
        var drafts = options.Drafts ? "drafts included (--no-drafts leaves them out)" : "drafts left out";
        output.WriteLine($"Serving {host.SiteAddress}, {drafts}, and watching for changes. Press Ctrl+C to stop.");
        try
        {
            await Task.Delay(Timeout.Infinite, stop);
        }
        catch (OperationCanceledException)
        {
            output.WriteLine("Stopped.");
        }
        return 0;
    }
}
