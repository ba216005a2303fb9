using System.Text;
using Explainer.IO;
using Explainer.Search;

namespace Explainer.Bench;

/// <summary>
/// A built page as the index benchmark feeds it to Pagefind: its whole HTML (for add-HTML) and the
/// record the build sends (for add-record, read by the build's own <see cref="SearchRecordReader"/>),
/// read from a built output folder.
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

    private static SearchablePage? Read(string relativePath, string html) =>
        SearchRecordReader.Read(SitePaths.SitePath(relativePath), Encoding.UTF8.GetBytes(html)) is { } record ? new SearchablePage(relativePath, html, record) : null;
}
