using AngleSharp.Html.Parser;
using Explainer.IO;

namespace Explainer.Bench;

/// <summary>
/// A built page as the index benchmark feeds it to Pagefind: its whole HTML (for add-HTML) and the
/// record the build could send instead (for add-record), read from a built output folder.
/// </summary>
public sealed record SearchablePage(string RelativePath, string Html, PagefindRecord Record)
{
    /// <summary>Every page with a data-pagefind-body element, as Pagefind indexes only those once one has it; its own bundle is skipped.</summary>
    public static IReadOnlyList<SearchablePage> ReadAll(string site) =>
        Directory.EnumerateFiles(site, "*.html", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(site, path).Replace('\\', '/'))
            .Where(path => !path.StartsWith("pagefind/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(path => Read(path, File.ReadAllText(Path.Combine(site, path))))
            .OfType<SearchablePage>()
            .ToList();

    private static SearchablePage? Read(string relativePath, string html)
    {
        var body = new HtmlParser().ParseDocument(html).QuerySelector("[data-pagefind-body]");
        if (body is null) return null;
        var meta = new Dictionary<string, string>();
        if ((body.QuerySelector("[data-pagefind-meta=title]") ?? body.QuerySelector("h1"))?.TextContent.Trim() is { Length: > 0 } title) meta["title"] = title;
        var filters = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var element in body.QuerySelectorAll("[data-pagefind-filter]").Prepend(body))
            if (element.GetAttribute("data-pagefind-filter")?.Split(':', 2) is [var name, var value])
                filters[name] = [.. filters.GetValueOrDefault(name, []), value];
        return new SearchablePage(relativePath, html, new PagefindRecord(Url(relativePath), SearchText.Of(body), meta, filters));
    }

    // Pagefind's own rule: the path from the site root, without a trailing index.html.
    private static string Url(string relativePath) =>
        "/" + (relativePath == "index.html" ? "" : relativePath.EndsWith("/index.html", StringComparison.Ordinal) ? relativePath[..^"index.html".Length] : relativePath);
}
