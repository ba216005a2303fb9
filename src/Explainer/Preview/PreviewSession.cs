using System.Diagnostics;
using System.Text.Json;
using Explainer.Cli;
using Explainer.IO;
using Explainer.Pipeline;

namespace Explainer.Preview;

/// <summary>
/// A preview's builds: the first one clean, the next ones incremental through one
/// <see cref="BuildCache"/>. Builds never overlap; a change arriving mid-build triggers one more.
/// Each result goes to the terminal and to the open pages (reload, or the errors overlay), and the
/// search index is refreshed in the background so it never holds up a reload.
/// </summary>
public sealed class PreviewSession(BuildOptions options, LiveReloadHub hub, TextWriter output, TextWriter error)
{
    private readonly BuildCache _cache = new();
    private readonly Lock _gate = new();
    private bool _building;
    private bool _again;
    private Task _indexing = Task.CompletedTask;
    private bool _indexAgain;

    public BuildOptions Options { get; } = options;

    public BuildResult? Last { get; private set; }

    /// <summary>Builds now, or once the running build ends.</summary>
    public void RequestBuild()
    {
        lock (_gate)
        {
            if (_building)
            {
                _again = true;
                return;
            }
            _building = true;
        }
        while (true)
        {
            Build();
            lock (_gate)
            {
                if (!_again)
                {
                    _building = false;
                    return;
                }
                _again = false;
            }
        }
    }

    private void Build()
    {
        var result = SiteBuilder.Build(Options, _cache);
        Last = result;
        ConsoleReport.Diagnostics(result.Diagnostics, error);
        if (!result.Succeeded)
        {
            output.WriteLine($"Build failed in {result.Elapsed.TotalMilliseconds:0} ms: {result.Diagnostics.Count(d => d.IsError)} errors; still serving the last good build.");
            hub.Broadcast("errors", JsonSerializer.Serialize(result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())));
            return;
        }
        var changed = result.Written.Count == 0 ? "" : $", {result.Written.Count} file{(result.Written.Count == 1 ? "" : "s")} changed";
        output.WriteLine($"Built in {result.Elapsed.TotalMilliseconds:0} ms{changed}.");
        hub.Broadcast("reload", result.Written.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (result.Settings.SearchIndex && result.Written.Any(w => w.EndsWith(".html", StringComparison.Ordinal))) RefreshSearchIndex();
    }

    // Pagefind re-indexes the whole site (hundreds of milliseconds), so it runs after the reload, one run at a time.
    private void RefreshSearchIndex()
    {
        lock (_gate)
        {
            if (!_indexing.IsCompleted)
            {
                _indexAgain = true;
                return;
            }
            _indexing = Task.Run(() =>
            {
                do
                {
                    lock (_gate) _indexAgain = false;
                    var clock = Stopwatch.StartNew();
                    var (ok, message) = Pagefind.Index(Options.Root, Options.Output);
                    if (!ok) error.WriteLine($"search index not refreshed: {message}");
                    else if (Options.Verbose) output.WriteLine($"Search index refreshed in {clock.ElapsedMilliseconds} ms.");
                }
                while (_indexAgain);
            });
        }
    }
}
