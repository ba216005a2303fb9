using Explainer.Diagnostics;
using Explainer.Editions;
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
/// In a build with relative links (<see cref="Settings.SiteSettings.RelativeLinks"/>, and the zip of
/// the downloads) a link must also work from disk: a root-relative link, or one that names a
/// folder rather than its index.html, is broken there.
/// </summary>
public sealed class CheckLinks : IStage
{
    /// <param name="only">The pages whose links to check (a quick rebuild's); all of them when null.</param>
    /// <param name="relative">Whether every link must be relative and name a file; the site's RelativeLinks when null.</param>
    public bool Process(IReadOnlyList<Document> documents, SiteModel site, BuildContext context, IReadOnlyList<Document>? only = null, bool? relative = null)
    {
        var fromDisk = relative ?? site.Settings.RelativeLinks;
        var idsByFile = new Dictionary<string, IReadOnlySet<string>?>(StringComparer.Ordinal);
        var pages = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in documents.Where(d => d.Destination.Length > 0))
        {
            idsByFile[document.Destination] = document.Get(Keys.LinkReport)?.Ids;
            pages[document.Destination] = document;
        }
        var sitePaths = new Lazy<IReadOnlyCollection<string>>(() => idsByFile.Keys.Select(SitePaths.SitePath).ToList());

        var verdicts = new System.Collections.Concurrent.ConcurrentDictionary<string, (ErrorCode Code, string Message)?>(StringComparer.Ordinal);
        Parallel.ForEach(only ?? documents, new ParallelOptions { MaxDegreeOfParallelism = context.Options.Parallelism }, document =>
        {
            if (document.Get(Keys.LinkReport) is not { } report) return;
            foreach (var link in report.Links.Distinct())
            {
                var verdict = IsRootRelative(link)
                    ? verdicts.GetOrAdd(link, l => Problem(l, document, idsByFile, pages, sitePaths, site, fromDisk))
                    : Problem(link, document, idsByFile, pages, sitePaths, site, fromDisk);
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
        Dictionary<string, Document> pages, Lazy<IReadOnlyCollection<string>> sitePaths, SiteModel site, bool fromDisk)
    {
        if (RelativeLinks.IsExternal(link)) return null;
        if (fromDisk && IsRootRelative(link))
            return (ErrorCodes.BrokenLink, $"broken link '{link}': it starts at the site's root, so it breaks from disk and under another path; links of a relative build are relative to their page");
        var (path, fragment) = Split(link);
        string target;
        if (path.Length == 0)
        {
            target = page.Destination;
        }
        else
        {
            var sitePath = path.StartsWith('/') ? site.Urls.SitePath(path) : SitePaths.Resolve(page.Destination, path);
            if (sitePath is null || !SitePaths.IsSafe(sitePath))
                return (ErrorCodes.BrokenLink, $"broken link '{link}': it points outside the site");
            target = SitePaths.Destination(Uri.UnescapeDataString(sitePath));
            if (!files.ContainsKey(target) && files.ContainsKey(target + "/index.html")) target += "/index.html";
            if (fromDisk && target.EndsWith("index.html", StringComparison.Ordinal) && !path.EndsWith("index.html", StringComparison.Ordinal))
                return (ErrorCodes.BrokenLink, $"broken link '{link}': it names a folder, which does not open its index.html from disk; link to {target[(target.LastIndexOf('/') + 1)..]} in it");
            if (!files.ContainsKey(target))
            {
                var why = sitePath == DownloadPlan.PagePath && !site.Settings.Downloads
                    ? "the downloads are off (\"Downloads\": false in statiq.json)"
                    : LinkTargets.Missing(Uri.UnescapeDataString(sitePath), sitePaths.Value, site.Drafts);
                return (ErrorCodes.BrokenLink, $"broken link '{link}': {why}");
            }
        }
        if (fragment.Length == 0 || files[target] is not { } ids) return null;
        return ids.Contains(Uri.UnescapeDataString(fragment)) ? null
            : (ErrorCodes.BrokenAnchor, $"broken link '{link}': {(path.Length == 0 ? "this page" : PageName(pages[target]))} has no heading or other element with the id '{fragment}'{Suggestions.DidYouMean(fragment, ids)}");
    }

    /// <summary>The target page as its editor knows it: its file in input/, or the site path of a page the build makes.</summary>
    private static string PageName(Document target) =>
        target.Get(Keys.InputPath) is not null ? target.Source : $"the page {SitePaths.SitePath(target.Destination)}";

    private static bool IsRootRelative(string link) => link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal);

    private static (string Path, string Fragment) Split(string link)
    {
        var hash = link.IndexOf('#');
        var path = hash < 0 ? link : link[..hash];
        var fragment = hash < 0 ? "" : link[(hash + 1)..];
        var query = path.IndexOf('?');
        return (query < 0 ? path : path[..query], fragment);
    }
}
