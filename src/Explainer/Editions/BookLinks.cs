using Explainer.Html;
using Explainer.Settings;

namespace Explainer.Editions;

/// <summary>
/// Where a link of the site leads in the e-book. The book holds the series (one file per topic),
/// the glossary (one file, a section per term) and the sources (one file each), so a link to any of
/// them, with its #fragment, leads to the same place in the book; a link to a page the book does not
/// hold (a country, a tag, the timeline) leads to the online site when its Host is known, and to
/// nothing otherwise. External links stay as they are.
/// </summary>
public sealed class BookLinks(SiteUrls urls, IReadOnlySet<string> topics, IReadOnlySet<string> terms, IReadOnlySet<string> sources)
{
    public const string GlossaryFile = "glossary.xhtml";

    /// <summary>The last segment of a page's site path ("/topics/a/" is "a"), which names its file or section in the book.</summary>
    public static string Slug(string sitePath) => sitePath.TrimEnd('/')[(sitePath.TrimEnd('/').LastIndexOf('/') + 1)..];

    public static string TopicFile(string slug) => $"topic-{slug}.xhtml";

    public static string SourceFile(string id) => $"source-{id}.xhtml";

    /// <summary>The id of a term's section in the glossary file.</summary>
    public static string TermId(string slug) => $"term-{slug}";

    /// <summary>
    /// What the ids of a term's own text begin with in the glossary file, where every term's text
    /// shares one file: a term's reference "ref-1" is "term-slug--ref-1" there. Slugs never hold "--".
    /// </summary>
    public static string TermPrefix(string slug) => $"term-{slug}--";

    /// <summary>The book's link for a link of the site (under its link root), or null when it leads nowhere in or out of the book.</summary>
    public string? Target(string link)
    {
        if (RelativeLinks.IsExternal(link)) return link;
        var hash = link.IndexOf('#');
        var fragment = hash < 0 ? "" : link[(hash + 1)..];
        var path = hash < 0 ? link : link[..hash];
        var query = path.IndexOf('?');
        if (query >= 0) path = path[..query];
        if (!path.StartsWith('/') || urls.SitePath(path) is not { } sitePath) return null;
        var anchor = fragment.Length == 0 ? "" : "#" + fragment;
        var parts = sitePath.Trim('/').Split('/');
        if (parts is ["topics", var topic] && topics.Contains(topic)) return TopicFile(topic) + anchor;
        if (parts is ["glossary", var term] && terms.Contains(term)) return $"{GlossaryFile}#{(fragment.Length == 0 ? TermId(term) : TermPrefix(term) + fragment)}";
        if (parts is ["glossary"]) return GlossaryFile + anchor;
        if (parts is ["sources", var source] && sources.Contains(source)) return SourceFile(source) + anchor;
        return urls.Origin is null ? null : urls.Absolute(sitePath) + anchor;
    }
}
