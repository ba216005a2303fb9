using Explainer.Model;

namespace Explainer.Theme.Views;

/// <summary>
/// What every layout sees as <c>page</c> (names in templates are snake_case: <c>page.social_type</c>).
/// Each kind of page adds its own fields in a record of its own; README's Theme section lists them.
/// </summary>
public record PageView
{
    /// <summary>topic, term, source, page, index (a generated page), redirect or site-file.</summary>
    public string Kind { get; init; } = "";
    /// <summary>The layout rendering the page.</summary>
    public string Layout { get; init; } = "";
    /// <summary>The page's site path without the link root ("/topics/a/"), to compare with other paths.</summary>
    public string Path { get; init; } = "";
    /// <summary>The page's link, under the link root ("/rights/topics/a/").</summary>
    public string Url { get; init; } = "";
    /// <summary>The page's title; a glossary term's is the term.</summary>
    public string Title { get; init; } = "";
    /// <summary>Frontmatter's one-sentence description, if any.</summary>
    public string? Description { get; init; }
    /// <summary>The one sentence that describes the page to search engines and social cards: its description, or a term's definition.</summary>
    public string? Summary { get; init; }
    /// <summary>The rendered body.</summary>
    public RawHtml Content { get; init; } = RawHtml.Empty;
    public IReadOnlyList<TocEntry> Toc { get; init; } = [];
    /// <summary>The page's reference list, in citation-number order.</summary>
    public IReadOnlyList<ReferenceView> References { get; init; } = [];
    /// <summary>Glossary terms the page links to, in order of first mention.</summary>
    public IReadOnlyList<TermView> Terms { get; init; } = [];
    public IReadOnlyList<LinkView> Tags { get; init; } = [];
    /// <summary>The section the page belongs to in breadcrumbs ("topics", "glossary", "sources"), or null.</summary>
    public string? Section { get; init; }
    public DateOnly? Date { get; init; }
    public DateOnly? Updated { get; init; }
    /// <summary>True for a draft the build includes (preview, --drafts): layouts mark it as one.</summary>
    public bool Draft { get; init; }
    /// <summary>The editor's own frontmatter keys, written under <c>params</c>.</summary>
    public IReadOnlyDictionary<string, object?> Params { get; init; } = new Dictionary<string, object?>();
    public PublishingView Publishing { get; init; } = PublishingView.None;
}

/// <summary>What other software reads from a page: canonical URL, Open Graph type, JSON-LD, citation tags, "cite this".</summary>
public sealed record PublishingView(string? Canonical, string SocialType, RawHtml? JsonLd, IReadOnlyList<Publishing.Highwire.Tag> Highwire, CiteView? Cite)
{
    public static readonly PublishingView None = new(null, "website", null, [], null);
}
