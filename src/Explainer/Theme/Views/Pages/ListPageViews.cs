namespace Explainer.Theme.Views;

/// <summary>The home page and /topics/: the series in reading order, and the world map (empty when the site has no countries).</summary>
public sealed record SeriesPageView : PageView
{
    public IReadOnlyList<LinkView> Topics { get; init; } = [];
    public WorldMapView? Map { get; init; }
}

/// <summary>/glossary/: every term, by letter.</summary>
public sealed record GlossaryPageView : PageView
{
    public IReadOnlyList<LetterView> Letters { get; init; } = [];
}

/// <summary>/sources/: the bibliography, newest first.</summary>
public sealed record BibliographyPageView : PageView
{
    public IReadOnlyList<SourceListView> Sources { get; init; } = [];
}

/// <summary>/tags/: every tag with its topics.</summary>
public sealed record TagIndexPageView : PageView
{
    public IReadOnlyList<TagView> TagList { get; init; } = [];
}

/// <summary>/tags/NAME/: the topics carrying one tag.</summary>
public sealed record TagPageView : PageView
{
    public required string Tag { get; init; }
    public IReadOnlyList<LinkView> Topics { get; init; } = [];
}

/// <summary>A page left at an old URL (an alias) that sends readers to the page's new one.</summary>
public sealed record RedirectPageView : PageView
{
    /// <summary>The new page's link under the link root.</summary>
    public required string TargetUrl { get; init; }
    /// <summary>The new page's absolute URL when the site's Host is known, else its link.</summary>
    public required string TargetAbsolute { get; init; }
}

/// <summary>feed.xml: the series as an Atom feed.</summary>
public sealed record FeedPageView : PageView
{
    public required FeedView Feed { get; init; }
}

/// <summary>sitemap.xml and robots.txt: every page's absolute URL and last change.</summary>
public sealed record SitemapPageView : PageView
{
    public IReadOnlyList<SitemapEntryView> Entries { get; init; } = [];
    /// <summary>The sitemap's absolute URL, for robots.txt.</summary>
    public required string SitemapUrl { get; init; }
}
