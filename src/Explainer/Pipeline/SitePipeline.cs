using Explainer.Editions;
using Explainer.Html;
using Explainer.Model;
using Explainer.Search;
using Explainer.Settings;
using Explainer.Stages;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Pipeline;

/// <summary>What a run of the pipeline produced: the documents (written, or checked), what the build summary reports, and the model a quick rebuild reuses.</summary>
public sealed record PipelineResult(IReadOnlyList<Document> Documents, SiteSettings Settings, Task<ThemeTemplates> Theme, int DraftsLeftOut)
{
    /// <summary>The pages as they went into rendering, and everything their page stages were given (null when the run stopped early).</summary>
    public PageStages? Pages { get; init; }
}

/// <summary>
/// The stages each page goes through once the site's model is read, with everything they are given.
/// The whole build runs them for every page, with the cross-linking stages in between; a preview's
/// quick rebuild (<see cref="QuickRebuild"/>) runs them again for the one page an edit changed.
/// </summary>
/// <param name="Relative">Rewrites links relative to their page when the site asks for it (RelativeLinks); null otherwise.</param>
public sealed record PageStages(IReadOnlyList<Document> Unrendered, SiteModel Site, LinkedSite Linked, SiteLists Lists, Task<ThemeTemplates> Templates, SiteView Views, RelativeLinks? Relative)
{
    public static DocumentStage[] Rendering(SiteModel site) => [new RenderMarkdown(site), new RenderSourceText(site)];

    public static DocumentStage[] Composing(LinkedSite linked, SiteLists lists, SiteModel site) => [new ComposePageViews(linked, lists), new ComposePublishing(site)];

    public static DocumentStage[] Writing(Task<ThemeTemplates> templates, SiteView views, RelativeLinks? relative, SearchIndexer? search) =>
    [
        new ApplyLayouts(templates, views),
        .. relative is null ? Array.Empty<DocumentStage>() : [new RelativizeLinks(relative)],
        new ScanLinks(),
        new IndexPages(search),
        new WriteFiles(),
    ];
}

/// <summary>
/// The whole build, in order, on one screen. Each stage receives what the stages before it
/// built as typed values, so the order is checked by the compiler; consecutive document stages
/// (<c>Each</c>) run fused and in parallel, page by page.
/// </summary>
public static class SitePipeline
{
    public static PipelineResult Run(BuildContext build)
    {
        // Read: settings, the theme (its templates compile in the background), every file under
        // input/, frontmatter checked against its kind's schema and typed, then URLs and redirects.
        // Drafts the build leaves out go no further; SiteBuilder checks them with a second run (DraftCheck).
        var settings = build.Run(new ReadSettings(), stage => stage.Process(build));
        // Pagefind starts now and indexes each page as soon as it is rendered.
        using var search = SearchIndexer.Start(settings, build);
        var theme = build.Run(new LoadTheme(), stage => stage.Process(settings, build));
        var content = build.Run(new ReadContent(), stage => stage.Process(theme.Assets, build));
        content = build.Each(content, new ParseFrontmatter());
        var (pages, drafts) = build.Run(new AssignUrls(), stage => stage.Process(content, build));

        // Model: the sources (seeds cleaned and numbered), the glossary, the series, the
        // discrepancies; from here on the model is read-only.
        var (sourced, library) = build.Run(new ReadSources(), stage => stage.Process(pages, build));
        var glossary = build.Run(new ReadGlossary(), stage => stage.Process(sourced, drafts, build));
        var series = build.Run(new ReadSeries(), stage => stage.Process(sourced, drafts, build));
        var discrepancies = build.Run(new ReadDiscrepancies(), stage => stage.Process(library, settings, build));
        var (checkedPages, countries) = build.Run(new ReadCountries(), stage => stage.Process(settings, sourced, build));
        var timeline = build.Run(new ReadTimeline(), stage => stage.Process(library, series, discrepancies, settings, build));
        var site = new SiteModel(settings, new SiteUrls(settings), library, glossary, series, discrepancies, countries, timeline, drafts, StandalonePages.Of(checkedPages));
        var documents = build.Run(new AddGeneratedPages(), stage => stage.Process(checkedPages, site, theme.Data));

        // Render: Markdown with citations, term links and shortcodes; a source's cleaned text.
        var unrendered = documents;
        documents = build.Each(documents, PageStages.Rendering(site));

        // Cross-link: backlinks; the country pages, written from what every other page said; the
        // lists of the index pages; then the view each page's layout shows.
        var linked = new LinkedSite(site, build.Run(new CollectBacklinks(), stage => stage.Process(documents)));
        documents = build.Run(new AddCountryPages(), stage => stage.Process(documents, linked));
        documents = build.Each(documents, new RenderMarkdown(site, countryPages: true));
        var lists = build.Run(new ComposeLists(), stage => stage.Process(documents, linked, build));
        documents = build.Each(documents, PageStages.Composing(linked, lists, site));
        documents = build.Run(new ComposeSiteFiles(), stage => stage.Process(documents, site));

        // Downloads, when this build makes them (see DownloadPlan): the series as an EPUB, from the
        // views the layouts are about to show; the download page waits for the zip's checksum.
        var downloads = DownloadPlan.For(settings, documents, build);
        var book = build.Run(new WriteEbook(), stage => stage.Process(documents, site, lists, theme, downloads, build));
        var (pagesFirst, downloadPage) = downloads.HoldBack(documents);

        // Write: theme layouts, links made relative to their page (when RelativeLinks is on), link
        // scan, the page's search record, files into the staging folder.
        var views = SiteViews.Of(site, lists, theme.Data);
        var relative = settings.RelativeLinks ? RelativeLinks.Among(documents.Select(d => d.Destination), site.Urls) : null;
        documents = build.Each(pagesFirst, PageStages.Writing(theme.Templates, views, relative, search));

        // Check: every internal link and anchor (the download page and its files are still to come).
        var toCome = downloadPage is null ? downloads.Files() : downloads.Files().Append(downloadPage);
        build.Run(new CheckLinks(), stage => stage.Process([.. documents, .. toCome], site, build));

        // Downloads: the whole site as a zip whose links work from disk (checked again as they go
        // in), then the download page with both files' sizes and checksums, and its links checked.
        if (downloadPage is not null)
        {
            var archive = build.Run(new WriteSiteArchive(theme.Templates, views), stage => stage.Process(documents, downloadPage, book, site, downloads, build));
            var made = new[] { archive, book }.OfType<DownloadFile>().ToList();
            var page = DownloadPlan.Offering(downloadPage, made.Select(f => f.View(site.Urls)).ToList());
            var written = build.Each([page], PageStages.Writing(theme.Templates, views, relative, search));
            documents = [.. documents, .. made.Select(f => f.AsDocument()), .. written];
            build.Run(new CheckLinks(), stage => stage.Process(documents, site, build, only: written));
        }

        // Finish: the search index is written.
        build.Run(new IndexSearch(), stage => stage.Process(search, build));
        return new PipelineResult(documents, settings, theme.Templates, drafts.Count)
        {
            Pages = new PageStages(unrendered, site, linked, lists, theme.Templates, views, relative),
        };
    }
}
