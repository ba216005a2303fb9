using System.Globalization;
using Explainer.IO;
using Explainer.Pipeline;
using Explainer.Publishing;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Adds the site-wide files rendered from theme templates: the Atom feed of the series
/// (feed.xml), sitemap.xml and robots.txt. Their dates come from content (<c>updated</c>, then
/// <c>date</c>) or SOURCE_DATE_EPOCH, never from the clock, so builds stay byte-identical.
/// </summary>
public sealed class ComposeSiteFiles : CollectionStage
{
    public override IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        var settings = context.Settings;
        var files = new List<Document>();
        if (settings.Feed) files.Add(File("/feed.xml", "feed.xml").With(Keys.Feed, Feed(documents, context)));
        if (settings.Sitemap)
        {
            var pages = documents
                .Where(d => d.Url.EndsWith('/') && d.Kind is not ("redirect" or "file"))
                .OrderBy(d => d.Url, StringComparer.Ordinal)
                .Select(d => new SitemapEntryView(context.Urls.Absolute(d.Url), LastChange(d) is { } day ? Iso(day) : null))
                .ToList();
            files.Add(File("/sitemap.xml", "sitemap.xml").With(Keys.Pages, pages));
            files.Add(File("/robots.txt", "robots.txt"));
        }
        files.Add(Data("/bibliography.json", "[\n" + string.Join(",\n", context.Library.All.Select(s => CslJson.Write(CslJson.Item(s.Citation)))) + "\n]\n"));
        files.Add(Data("/bibliography.bib", string.Join("\n", context.Library.All.Select(s => BibTex.Entry(s.Citation)))));
        return documents.Concat(files).ToList();
    }

    /// <summary>A data file whose content is complete already: no template, no link scan.</summary>
    private static Document Data(string url, string content) => Document.Create("(generated) " + url.TrimStart('/'), content) with
    {
        Destination = SitePaths.Destination(url),
        Metadata = Metadata.Empty.With(Keys.Kind, "site-file").With(Keys.Url, url),
    };

    private static Document File(string url, string layout) => Document.Create($"{LoadTheme.ThemeFolder}/layouts/{layout}.hbs") with
    {
        Destination = SitePaths.Destination(url),
        Metadata = Metadata.Empty.With(Keys.Kind, "site-file").With(Keys.Url, url).With(Keys.Layout, layout),
    };

    private static FeedView Feed(IReadOnlyList<Document> documents, BuildContext context)
    {
        var urls = context.Urls;
        var topics = documents.Where(d => d.Kind == ContentKinds.Topic && !d.Failed).DistinctBy(d => d.Url).ToDictionary(d => d.Url, StringComparer.Ordinal);
        var entries = context.Series.Entries
            .Select(e => topics.GetValueOrDefault(e.Url))
            .OfType<Document>()
            .Select(d => new FeedEntryView(
                urls.Absolute(d.Url), d.GetString(Keys.Title) ?? "", urls.Absolute(d.Url),
                Timestamp(LastChange(d) ?? Fallback(documents)),
                d.Get<DateOnly?>(Keys.Date) is { } published ? Timestamp(published) : null,
                d.GetString(Keys.Description) ?? ""))
            .ToList();
        var updated = entries.Count == 0 ? Timestamp(Fallback(documents)) : entries.Max(e => e.Updated)!;
        return new FeedView(urls.Absolute("/"), context.Settings.Title, context.Settings.Description, updated,
            urls.Absolute("/feed.xml"), urls.Absolute("/"), context.Settings.Author, entries);
    }

    private static DateOnly? LastChange(Document d) => d.Get<DateOnly?>(Keys.Updated) ?? d.Get<DateOnly?>(Keys.Date);

    // With no dated content, SOURCE_DATE_EPOCH (the reproducible-builds convention) or the Unix epoch.
    private static DateOnly Fallback(IReadOnlyList<Document> documents)
    {
        var dated = documents.Select(LastChange).Where(d => d is not null).Max();
        if (dated is { } newest) return newest;
        return long.TryParse(Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), out var seconds)
            ? DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime)
            : new DateOnly(1970, 1, 1);
    }

    private static string Timestamp(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
