using System.Globalization;
using Explainer.Editions;
using Explainer.IO;
using Explainer.Pipeline;
using Explainer.Model;
using Explainer.Publishing;
using Explainer.Settings;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Adds the site-wide files rendered from theme templates: the Atom feed of the series
/// (feed.xml), sitemap.xml and robots.txt. Their dates come from content (<c>updated</c>, then
/// <c>date</c>) or SOURCE_DATE_EPOCH (<see cref="EditionDate"/>), never from the clock, so builds stay byte-identical.
/// Drafts are never in the feed or the sitemap, even in a build that includes them.
/// </summary>
public sealed class ComposeSiteFiles : IStage
{
    public IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, SiteModel site)
    {
        var (settings, urls) = (site.Settings, site.Urls);
        var files = new List<Document>();
        if (settings.Feed) files.Add(File("/feed.xml", "feed.xml", new FeedPageView { Feed = Feed(documents, site) }, urls));
        if (settings.Sitemap)
        {
            var pages = documents
                .Where(d => d.Url.EndsWith('/') && d.Kind is not ("redirect" or "file") && !d.IsDraft)
                .OrderBy(d => d.Url, StringComparer.Ordinal)
                .Select(d => new SitemapEntryView(urls.Absolute(d.Url), EditionDate.LastChange(d) is { } day ? Iso(day) : null))
                .ToList();
            var sitemap = new SitemapPageView { Entries = pages, SitemapUrl = urls.Absolute("/sitemap.xml") };
            files.Add(File("/sitemap.xml", "sitemap.xml", sitemap, urls));
            files.Add(File("/robots.txt", "robots.txt", sitemap with { Entries = [] }, urls));
        }
        files.Add(Data("/bibliography.json", "[\n" + string.Join(",\n", site.Library.All.Select(s => CslJson.Write(CslJson.Item(s.Citation)))) + "\n]\n"));
        files.Add(Data("/bibliography.bib", string.Join("\n", site.Library.All.Select(s => BibTex.Entry(s.Citation)))));
        return documents.Concat(files).ToList();
    }

    /// <summary>A data file whose content is complete already: no template, no link scan.</summary>
    private static Document Data(string url, string content) => Document.Create("(generated) " + url.TrimStart('/'), content) with
    {
        Destination = SitePaths.Destination(url),
        Metadata = Metadata.Empty.With(Keys.Kind, "site-file").With(Keys.Url, url),
    };

    // A file rendered from a theme layout, with the view it shows.
    private static Document File(string url, string layout, PageView view, SiteUrls urls) => Document.Create($"{LoadTheme.ThemeFolder}/layouts/{layout}{ThemeTemplates.Extension}") with
    {
        Destination = SitePaths.Destination(url),
        Metadata = Metadata.Empty.With(Keys.Kind, "site-file").With(Keys.Url, url).With(Keys.Layout, layout)
            .With(Keys.View, view with { Kind = "site-file", Layout = layout, Path = url, Url = urls.Link(url) }),
    };

    private static FeedView Feed(IReadOnlyList<Document> documents, SiteModel site)
    {
        var urls = site.Urls;
        var topics = documents.Where(d => d.Kind == ContentKinds.Topic && !d.Failed && !d.IsDraft).DistinctBy(d => d.Url).ToDictionary(d => d.Url, StringComparer.Ordinal);
        // The series first, in reading order; then the timeline and the country pages, which the series' content makes.
        var pages = site.Series.Entries.Select(e => topics.GetValueOrDefault(e.Url)).OfType<Document>()
            .Concat(documents.Where(d => d.Get(Keys.Layout) == "timeline"))
            .Concat(documents.Where(d => d.Kind == ContentKinds.Country && !d.Failed && !d.IsDraft).OrderBy(d => d.Title, StringComparer.Ordinal));
        var fallback = EditionDate.Of(documents);
        var entries = pages
            .Select(d => new FeedEntryView(
                urls.Absolute(d.Url), d.Title, urls.Absolute(d.Url),
                Timestamp(EditionDate.LastChange(d) ?? fallback),
                d.Matter?.Date is { } published ? Timestamp(published) : null,
                d.Matter?.Description ?? ""))
            .ToList();
        var updated = entries.Count == 0 ? Timestamp(fallback) : entries.Max(e => e.Updated)!;
        return new FeedView(urls.Absolute("/"), site.Settings.Title, site.Settings.Description, updated,
            urls.Absolute("/feed.xml"), urls.Absolute("/"), site.Settings.Author, entries);
    }

    private static string Timestamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
