namespace Explainer.Markdown;

/// <summary>
/// The raw HTML editors may write in Markdown: presentational and structural tags, a few
/// harmless attributes, and links only to web, mail or site addresses. Everything else
/// (scripts, styles, frames, forms, event handlers, javascript: and data: URLs, resources
/// from other hosts) is refused, because content may come from many hands.
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

    /// <summary>Attributes whose value is a URL and must pass <see cref="IsSafeUrl"/>.</summary>
    public static readonly IReadOnlySet<string> UrlAttributes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "href", "src", "cite" };

    public static bool AllowsAttribute(string tag, string attribute) =>
        GlobalAttributes.Contains(attribute) || (TagAttributes.TryGetValue(tag, out var allowed) && allowed.Contains(attribute, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// http(s) and mailto links, site paths and fragments. Images and other embedded resources
    /// (<paramref name="embedded"/>) must come from the site itself: no request may leave it.
    /// </summary>
    public static bool IsSafeUrl(string value, bool embedded)
    {
        // Browsers ignore control characters and whitespace inside schemes ("java\tscript:"), so do we.
        var compact = new string(value.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c)).ToArray());
        var colon = compact.IndexOf(':');
        var firstDelimiter = compact.IndexOfAny(['/', '?', '#']);
        var hasScheme = colon >= 0 && (firstDelimiter < 0 || colon < firstDelimiter);
        if (compact.StartsWith("//", StringComparison.Ordinal) || compact.StartsWith(@"\\", StringComparison.Ordinal) || compact.StartsWith("/\\", StringComparison.Ordinal))
            return false;
        if (!hasScheme) return true;
        if (embedded) return false;
        var scheme = compact[..colon].ToLowerInvariant();
        return scheme is "http" or "https" or "mailto";
    }
}
