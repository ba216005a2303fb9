using System.Diagnostics;
using System.Text.Json;
using Explainer.Cli;
using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Pipeline;
using Explainer.Search;

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
    private BuildResult? _published; // the build the output folder holds, whose pages the search index shows

    public BuildOptions Options { get; } = options;

    public BuildResult? Last { get; private set; }

    /// <summary>The refresh of the search index that follows a rebuild, or a finished task (tests wait for it).</summary>
    public Task SearchRefresh
    {
        get { lock (_gate) return _indexing; }
    }

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
            output.WriteLine($"Build failed in {result.Elapsed.TotalMilliseconds:0} ms: {Plural.Count(result.Diagnostics.Count(d => d.IsError), "error")}; still serving the last good build.");
            hub.Broadcast("errors", JsonSerializer.Serialize(result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString())));
            return;
        }
        var changed = result.Written.Count == 0 ? "" : $", {Plural.Count(result.Written.Count, "file")} changed";
        var leftOut = result.DraftsLeftOut == 0 ? "" : $", {Plural.Count(result.DraftsLeftOut, "draft")} left out";
        output.WriteLine($"Built in {result.Elapsed.TotalMilliseconds:0} ms{changed}{leftOut}.");
        hub.Broadcast("reload", result.Written.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        _published = result;
        if (result.Settings.SearchIndex && result.Written.Any(w => w.EndsWith(".html", StringComparison.Ordinal))) RefreshSearchIndex();
    }

    // Pagefind re-indexes the whole site (hundreds of milliseconds), so it runs after the reload, one run at a time,
    // over the latest build's searchable pages: what the build itself would index, so never a draft.
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
                    var message = Reindex(_published!);
                    if (message is not null) error.WriteLine($"search index not refreshed: {message}");
                    else if (Options.Verbose) output.WriteLine($"Search index refreshed in {clock.ElapsedMilliseconds} ms.");
                }
                while (_indexAgain);
            });
        }
    }

    // The pages as written, read back and indexed as the build indexes them; the bundle is written over the old one.
    private string? Reindex(BuildResult published)
    {
        using var index = SearchIndexer.Start(Options.Root, published.Settings.Language, Options.Notes);
        foreach (var page in published.Searchable)
        {
            var path = Path.Combine(Options.Output, page);
            if (File.Exists(path)) index.Add(page, File.ReadAllBytes(path));
        }
        return index.Write(Path.Combine(Options.Output, "pagefind"));
    }
}
