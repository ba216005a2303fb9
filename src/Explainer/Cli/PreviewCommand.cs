using Explainer.Pipeline;
using Explainer.Preview;

namespace Explainer.Cli;

/// <summary>
/// Runs <c>preview</c>: builds, serves the site on 127.0.0.1, rebuilds on every change to
/// input/, theme/, seeds/ or statiq.json and reloads the open pages, until Ctrl+C.
/// </summary>
public static class PreviewCommand
{
    public const int DefaultPort = 5080;

    public static async Task<int> RunAsync(BuildOptions options, int port, TextWriter output, TextWriter error, CancellationToken stop)
    {
        await using var host = await PreviewHost.StartAsync(options, port, output, error);
        output.WriteLine($"Serving {host.SiteAddress} and watching for changes. Press Ctrl+C to stop.");
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
