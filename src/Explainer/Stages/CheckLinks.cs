using Explainer.Diagnostics;
using Explainer.Html;
using Explainer.IO;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Checks every internal link and #anchor of every written page against the files and ids the
/// site really has. A broken one fails the build, reported in the file the link came from, and
/// said in the editor's terms: the page's file in input/ or its slug, never an output file
/// (<see cref="LinkTargets"/>).
/// External links (with a scheme or host) are left alone: checking them needs the network.
/// A root-relative link means the same on every page, so its verdict is worked out once.
/// </summary>
public sealed class CheckLinks : IStage
{
    /// <param name="only">The pages whose links to check (a quick rebuild's); all of them when null.</param>
    public bool Process(IReadOnlyList<Document> documents, SiteModel site, BuildContext context, IReadOnlyList<Document>? only = null)
    {
        var idsByFile = new Dictionary<string, IReadOnlySet<string>?>(StringComparer.Ordinal);
        var pages = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.Destination.Length > 0))
        {
            idsByFile[document.Destination] = document.Get(Keys.LinkReport)?.Ids;
            pages[document.Destination] = document;
        }
        var sitePaths = new Lazy<IReadOnlyCollection<string>>(() => idsByFile.Keys.Select(SitePathOf).ToList());

        var verdicts = new System.Collections.Concurrent.ConcurrentDictionary<string, (ErrorCode Code, string Message)?>(StringComparer.Ordinal);
        Parallel.ForEach(only ?? documents, new ParallelOptions { MaxDegreeOfParallelism = context.Options.Parallelism }, document =>
        {
            if (document.Get(Keys.LinkReport) is not { } report) return;
            foreach (var link in report.Links.Distinct())
            {
                var verdict = IsRootRelative(link)
                    ? verdicts.GetOrAdd(link, l => Problem(l, document, idsByFile, pages, sitePaths, site))
                    : Problem(link, document, idsByFile, pages, sitePaths, site);
                if (verdict is not { } problem) continue;
                var at = LinkLocator.Find(document, link, site.Urls, context);
                // Found in the page's own content file, the file says which page; found in the theme, the page is named.
                var onPage = at.Path == document.Source && document.Get(Keys.InputPath) is not null ? "" : $" on page {document.Url}";
                context.Diagnostics.Error(at, problem.Code, problem.Message + onPage);
            }
        });
        return !context.Diagnostics.HasErrors;
    }

    private static (ErrorCode Code, string Message)? Problem(string link, Document page, Dictionary<string, IReadOnlySet<string>?> files,
        Dictionary<string, Document> pages, Lazy<IReadOnlyCollection<string>> sitePaths, SiteModel site)
    {
        if (IsExternal(link)) return null;
        var (path, fragment) = Split(link);
        string target;
        if (path.Length == 0)
        {
            target = page.Destination;
        }
        else
        {
            var sitePath = path.StartsWith('/') ? site.Urls.SitePath(path) : Resolve(page.Url, path);
            if (sitePath is null || !SitePaths.IsSafe(sitePath))
                return (ErrorCodes.BrokenLink, $"broken link '{link}': it points outside the site");
            target = SitePaths.Destination(Uri.UnescapeDataString(sitePath));
            if (!files.ContainsKey(target) && files.ContainsKey(target + "/index.html")) target += "/index.html";
            if (!files.ContainsKey(target))
                return (ErrorCodes.BrokenLink, $"broken link '{link}': {LinkTargets.Missing(Uri.UnescapeDataString(sitePath), sitePaths.Value, site.Drafts)}");
        }
        if (fragment.Length == 0 || files[target] is not { } ids) return null;
        return ids.Contains(Uri.UnescapeDataString(fragment)) ? null
            : (ErrorCodes.BrokenAnchor, $"broken link '{link}': {(path.Length == 0 ? "this page" : PageName(pages[target]))} has no heading or other element with the id '{fragment}'{Suggestions.DidYouMean(fragment, ids)}");
    }

    /// <summary>The target page as its editor knows it: its file in input/, or the site path of a page the build makes.</summary>
    private static string PageName(Document target) =>
        target.Get(Keys.InputPath) is not null ? target.Source : $"the page {SitePathOf(target.Destination)}";

    // "topics/a/index.html" is linked as "/topics/a/"; other files by their own path.
    private static string SitePathOf(string destination) =>
        destination.EndsWith("index.html", StringComparison.Ordinal) ? "/" + destination[..^"index.html".Length] : "/" + destination;

    private static bool IsRootRelative(string link) => link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal);

    private static bool IsExternal(string link)
    {
        if (link.StartsWith("//", StringComparison.Ordinal)) return true;
        var colon = link.IndexOf(':');
        var delimiter = link.IndexOfAny(['/', '?', '#']);
        return colon > 0 && (delimiter < 0 || colon < delimiter);
    }

    private static (string Path, string Fragment) Split(string link)
    {
        var hash = link.IndexOf('#');
        var path = hash < 0 ? link : link[..hash];
        var fragment = hash < 0 ? "" : link[(hash + 1)..];
        var query = path.IndexOf('?');
        return (query < 0 ? path : path[..query], fragment);
    }

    /// <summary>Resolves a relative link against the page's site path, as a browser would.</summary>
    private static string? Resolve(string pageUrl, string relative)
    {
        var baseUri = new Uri("http://site" + (pageUrl.Length == 0 ? "/" : pageUrl));
        return Uri.TryCreate(baseUri, relative, out var resolved) && resolved.Host == "site" ? resolved.AbsolutePath : null;
    }
}
