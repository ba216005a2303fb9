using System.Collections.Concurrent;
using Explainer.IO;
using Explainer.Pipeline;
using Explainer.Settings;

namespace Explainer.Search;

/// <summary>
/// One build's search index. Pagefind's service starts with the build and is handed each page's
/// record (<see cref="SearchRecordReader"/>) as soon as the page is rendered, from whichever thread
/// rendered it, so Pagefind indexes while the build goes on and never reads the site back from disk.
/// At the end the bundle is written into the staging folder, or the index is dropped when the
/// build failed. Disposing ends the service either way.
/// </summary>
public sealed class SearchIndexer : IDisposable
{
    private readonly Task<PagefindService> _service;
    private readonly string _language;
    private readonly ConcurrentQueue<Task> _added = new();

    private SearchIndexer(Task<PagefindService> service, string language)
    {
        _service = service;
        _language = language;
    }

    /// <summary>Starts the index in the background; null when the build makes none (search off, check, preview rebuilds).</summary>
    /// <remarks>Only a build that writes output has a staging folder, so that check covers check runs as well.</remarks>
    public static SearchIndexer? Start(SiteSettings settings, BuildContext context) =>
        !settings.SearchIndex || context.StagingFolder is null ? null
            : Start(context.Options.Root, settings.Language, context.Options.Notes);

    /// <summary>Starts an index of the pages it will be given (a build's, or a preview's after a rebuild).</summary>
    public static SearchIndexer Start(string siteRoot, string language, TextWriter? notes)
    {
        // Found (or installed, the first time) before the build starts its work, so the note that npm is
        // installing comes before the pause it causes; then the service starts in the background.
        var command = Pagefind.Command(siteRoot, notes);
        var service = Task.Run(async () => await PagefindService.StartAsync(
            command ?? throw new PagefindException(Pagefind.NotInstalled), new PagefindIndexOptions { ForceLanguage = language }));
        return new SearchIndexer(service, language);
    }

    /// <summary>Whether a finished page goes into the search index: an HTML page that was made and is not a draft.</summary>
    public static bool Indexes(Document page) => page.Get(Keys.IsHtml) && !page.Failed && !page.IsDraft;

    /// <summary>Indexes a rendered page, written to <paramref name="destination"/> in the output folder, if its theme marks it searchable.</summary>
    public void Add(string destination, ReadOnlySpan<byte> html)
    {
        // Without the link root: pagefind.js adds it from the folder it was loaded from.
        if (SearchRecordReader.Read(SitePaths.SitePath(destination), html, _language) is { } record) _added.Enqueue(Add(record));
    }

    private async Task Add(PagefindRecord record) => await (await _service).AddRecordAsync(record);

    /// <summary>Waits for every page to be indexed and writes the bundle; the error, or null.</summary>
    public string? Write(string bundleFolder)
    {
        try
        {
            Task.WhenAll(_added).GetAwaiter().GetResult();
            _service.GetAwaiter().GetResult().WriteFilesAsync(bundleFolder).GetAwaiter().GetResult();
            return null;
        }
        catch (PagefindException e)
        {
            return e.Message;
        }
    }

    public void Dispose()
    {
        // A service that never started has nothing to end; pages still queued fail, unread.
        if (_service.IsCompletedSuccessfully) _service.Result.DisposeAsync().AsTask().GetAwaiter().GetResult();
        else _service.ContinueWith(started => started.IsCompletedSuccessfully ? started.Result.DisposeAsync().AsTask() : Task.CompletedTask, TaskScheduler.Default);
    }
}
