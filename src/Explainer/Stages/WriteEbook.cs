using Explainer.Editions;
using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// Writes the series as an EPUB 3 into the staging folder, from the views the pages' layouts are
/// about to show (they let go of them as they render): the topics in series order, the glossary
/// from A to Z, the sources with their numbered paragraphs. Only published pages go in: a draft
/// never reaches a download, whatever the build was asked.
/// </summary>
public sealed class WriteEbook : IStage
{
    /// <returns>The e-book as written, or null when this build makes no downloads or could not write it (reported).</returns>
    public DownloadFile? Process(IReadOnlyList<Document> documents, SiteModel site, SiteLists lists, LoadedTheme theme, DownloadPlan plan, BuildContext context)
    {
        if (!plan.Made || context.StagingFolder is not { } staging || context.Diagnostics.HasErrors) return null;
        // No draft is among the documents: a build that makes downloads never runs with --drafts, so AssignUrls left them out.
        var pages = documents
            .Where(d => d.Url.Length > 0 && !d.Failed && d.Get(Keys.View) is not null)
            .GroupBy(d => d.Url, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Get(Keys.View)!, StringComparer.Ordinal);
        var topics = site.Series.Entries.Select(e => pages.GetValueOrDefault(e.Url)).OfType<TopicPageView>().ToList();
        var terms = site.Glossary.Alphabetical().Select(t => pages.GetValueOrDefault(t.Url)).OfType<TermPageView>().ToList();
        var sources = lists.Sources.Select(s => site.Library.Find(s.Citation.Id)).OfType<Source>()
            .Select(s => pages.GetValueOrDefault(s.Url)).OfType<SourcePageView>().ToList();
        // Files copied as they are (images under input/), by the site path their output file has.
        var files = documents.Where(d => d.Kind == "file" && d.Destination.Length > 0 && d.Get(Keys.CopyFrom) is not null)
            .GroupBy(d => "/" + d.Destination, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Get(Keys.CopyFrom)!, StringComparer.Ordinal);

        var settings = site.Settings;
        var title = new BookTitle(settings.Title, settings.Description, settings.Author, settings.License, settings.Language,
            plan.Date, site.Urls.Origin is null ? null : site.Urls.Absolute("/"));
        var stylesheet = theme.BookStylesheet is { } css ? File.ReadAllText(css) : null;
        var links = new BookLinks(site.Urls,
            topics.Select(t => BookLinks.Slug(t.Path)).ToHashSet(StringComparer.Ordinal),
            terms.Select(t => BookLinks.Slug(t.Path)).ToHashSet(StringComparer.Ordinal),
            sources.Select(s => s.Citation.Id).ToHashSet(StringComparer.Ordinal));
        var media = new BookMedia(site.Urls, files);
        var parts = new BookParts(new BookMaterial(title, topics, terms, sources, theme.Data, stylesheet), links, media);

        return StagedDownload.Write("epub", plan.EpubPath, staging, output =>
        {
            using var package = new EpubPackage(output, plan.Date);
            // Chapters are written side by side, a batch ahead of the package, which takes them in the book's order.
            var titlePage = package.Add(parts.TitlePage());
            var chapters = MadeAhead.InOrder(topics, parts.Topic, context.Options.Parallelism).Select(package.Add).ToList();
            var glossary = terms.Count > 0 ? package.Add(parts.Glossary()) : null;
            var bibliography = MadeAhead.InOrder(sources, parts.Source, context.Options.Parallelism).Select(package.Add).ToList();
            package.Finish(title, parts.Navigation(titlePage, chapters, glossary, bibliography), media, stylesheet);
        }, context);
    }
}
