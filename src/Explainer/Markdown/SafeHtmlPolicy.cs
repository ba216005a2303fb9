using Ganss.Xss;

namespace Explainer.Markdown;

/// <summary>
/// The raw HTML editors may write in Markdown, as HtmlSanitizer options: presentational and
/// structural tags, a few harmless attributes, and links only to web, mail or site addresses.
/// Everything else (scripts, styles, frames, forms, event handlers, javascript: and data: URLs,
/// resources from other hosts) is refused, because content may come from many hands.
/// </summary>
public static class SafeHtmlPolicy
{
    public static readonly IReadOnlySet<string> Tags = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "dd", "del", "details", "dfn", "div",
        "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
        "ol", "p", "pre", "q", "s", "samp", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "td",
        "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "wbr",
    };

    public static readonly IReadOnlySet<string> GlobalAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "class", "id", "title", "lang", "dir", "translate",
    };

    public static readonly IReadOnlyDictionary<string, string[]> TagAttributes = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href", "hreflang", "rel"],
        ["img"] = ["src", "alt", "width", "height"],
        ["blockquote"] = ["cite"],
        ["q"] = ["cite"],
        ["del"] = ["cite", "datetime"],
        ["ins"] = ["cite", "datetime"],
        ["time"] = ["datetime"],
        ["td"] = ["colspan", "rowspan", "headers"],
        ["th"] = ["colspan", "rowspan", "headers", "scope", "abbr"],
        ["ol"] = ["start", "reversed", "type"],
        ["li"] = ["value"],
        ["details"] = ["open"],
        ["abbr"] = ["title"],
    };

    /// <summary>Attributes whose value is a URL: they must use an allowed scheme and pass <see cref="SiteUrlPolicy"/>.</summary>
    public static readonly IReadOnlySet<string> UrlAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "cite" };

    public static readonly IReadOnlySet<string> Schemes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "http", "https", "mailto" };

    /// <summary>HtmlSanitizer knows attributes only globally; this narrows the per-tag ones to their tags.</summary>
    public static bool AllowsAttribute(string tag, string attribute) =>
        GlobalAttributes.Contains(attribute) || (TagAttributes.TryGetValue(tag, out var allowed) && allowed.Contains(attribute, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// The safe set as sanitizer options. Attributes are the union of the global and per-tag
    /// ones (the sanitizer has no per-tag list; <see cref="AllowsAttribute"/> narrows them).
    /// No CSS property, at-rule, class restriction or URL-list attribute: styles are refused
    /// outright and every URL attribute allowed holds a single URL, so a refused URL always
    /// removes its attribute and is reported.
    /// </summary>
    public static HtmlSanitizerOptions Options() => new()
    {
        AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
        AllowedAttributes = new HashSet<string>(GlobalAttributes.Concat(TagAttributes.Values.SelectMany(a => a)), StringComparer.OrdinalIgnoreCase),
        AllowedSchemes = new HashSet<string>(Schemes, StringComparer.OrdinalIgnoreCase),
        UriAttributes = new HashSet<string>(UrlAttributes, StringComparer.OrdinalIgnoreCase),
    };
}
