using Explainer.Stages;

namespace Explainer.Pipeline;

/// <summary>
/// The whole build, in order, on one screen. Document stages next to each other run fused and
/// in parallel, page by page; the others see every document at once.
/// </summary>
public static class SitePipeline
{
    public static IReadOnlyList<IStage> Stages { get; } =
    [
        // Read: settings, the theme (compiled in the background), every file under input/,
        // frontmatter checked against its kind's schema.
        new ReadSettings(),
        new LoadTheme(),
        new ReadContent(),
        new ParseFrontmatter(),
        new AssignUrls(),

        // Model: the sources (seeds cleaned and numbered), the glossary, the series, the discrepancies.
        new ReadSources(),
        new ReadGlossary(),
        new ReadSeries(),
        new ReadDiscrepancies(),
        new AddGeneratedPages(),

        // Render: Markdown with citations, term links and shortcodes; a source's cleaned text.
        new RenderMarkdown(),
        new RenderSourceText(),

        // Cross-link: backlinks, then the views each page's template shows.
        new CollectBacklinks(),
        new ComposePageViews(),
        new ComposeIndexViews(),
        new ComposeSiteFiles(),
        new ComposePublishing(),

        // Write: theme layouts, link scan, files into the staging folder.
        new ApplyLayouts(),
        new ScanLinks(),
        new WriteFiles(),

        // Check and finish: every internal link and anchor, then the search index.
        new CheckLinks(),
        new IndexSearch(),
    ];
}
