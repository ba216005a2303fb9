using System.Net;
using System.Text;
using Explainer.Html;
using Explainer.IO;

namespace Explainer.Search;

/// <summary>
/// Reads the record Pagefind indexes from a page the build has just rendered, in memory, so that
/// Pagefind never reads the site back from disk nor parses its HTML. It follows Pagefind's own HTML
/// reader for what a theme marks up:
/// <list type="bullet">
/// <item>only the element marked <c>data-pagefind-body</c> is read; a page without one is not indexed;</item>
/// <item><c>data-pagefind-ignore</c> leaves an element's text out (<c>="all"</c> its filters and meta too),
/// and so do the elements Pagefind always leaves out: nav, footer, form, label, noscript, and
/// script, style, svg, template, iframe, whose insides are not read at all;</item>
/// <item><c>data-pagefind-weight</c> and headings weigh their text (Pagefind's markers, <see cref="PagefindWeight"/>);</item>
/// <item><c>data-pagefind-filter</c> and <c>data-pagefind-meta</c> take "key:value", "key" (the element's
/// text) or "key[attribute]", several keys separated by commas;</item>
/// <item>the title is the meta "title", else the first h1's text;</item>
/// <item>blocks are kept apart by a space, and by a full stop when a sentence runs to a block's end, so
/// excerpts read as Pagefind's do.</item>
/// </list>
/// Pagefind's sub-results (anchors) and its other attributes (sort, default meta, index-attrs) are not read.
/// </summary>
public sealed class SearchRecordReader
{
    private static readonly HashSet<string> LeftOut = ["nav", "footer", "form", "label", "noscript", "head"];
    // The elements whose insides are skipped unread, each with the start of its end tag to skip to, made once rather than per page.
    private static readonly Dictionary<string, byte[]> NotRead = new[] { "script", "style", "svg", "template", "iframe", "textarea", "title" }
        .ToDictionary(name => name, name => Encoding.ASCII.GetBytes("</" + name), StringComparer.Ordinal);
    private static readonly HashSet<string> Blocks = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li", "article", "section"];
    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

    private enum Status { Indexed, Ignored, Excluded }

    /// <summary>An open element: how its text counts, and what is to be done when it ends.</summary>
    private sealed class Element(string name, Status status)
    {
        public string Name { get; } = name;
        public Status Status { get; } = status;
        public bool Block { get; init; }
        public string? Weight { get; init; }
        public bool AutoWeight { get; init; }
        public int TextStart { get; init; }
        public List<(string Key, string? Value)>? Filters { get; init; }
        public List<(string Key, string? Value)>? Meta { get; init; }
        /// <summary>The element's own text, gathered when a filter, meta or the title needs it.</summary>
        public CollapsedText? Captured { get; init; }
    }

    [ThreadStatic]
    private static CollapsedText? _pageText;

    // A page's text is gathered into room the thread keeps from page to page.
    private readonly CollapsedText _content = _pageText ??= new CollapsedText(16 * 1024);
    private readonly List<Element> _open = [];
    private readonly List<CollapsedText> _captures = [];
    private readonly List<(Range Name, Range Value)> _attributes = [];
    private readonly Dictionary<string, string> _meta = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _filters = new(StringComparer.Ordinal);
    private string? _firstHeading;

    private SearchRecordReader()
    {
    }

    /// <summary>The page's record, or null when nothing on it is marked <c>data-pagefind-body</c>.</summary>
    /// <param name="url">The page's site path without the link root ("/topics/a/"), as pagefind.js prefixes its own folder.</param>
    public static PagefindRecord? Read(string url, ReadOnlySpan<byte> html, string language = "en")
    {
        var marker = html.IndexOf("data-pagefind-body"u8);
        if (marker < 0) return null;
        var tagStart = html[..marker].LastIndexOf((byte)'<');
        if (tagStart < 0) return null;
        var reader = new SearchRecordReader();
        reader._content.Clear();
        reader.Walk(html, tagStart);
        return reader.Record(url, language);
    }

    private PagefindRecord Record(string url, string language)
    {
        if (!_meta.ContainsKey("title") && _firstHeading is { Length: > 0 } heading) _meta["title"] = heading;
        var filters = _filters.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<string>)pair.Value, StringComparer.Ordinal);
        return new PagefindRecord(url, _content.ToString(), _meta, filters, language);
    }

    private void Walk(ReadOnlySpan<byte> html, int i)
    {
        do
        {
            var open = html[i..].IndexOf((byte)'<');
            if (open < 0)
            {
                Text(html[i..]);
                break;
            }
            if (open > 0) Text(html.Slice(i, open));
            i += open;
            if (html[i..].StartsWith("<!--"u8)) i = HtmlSyntax.SkipPast(html, i, "-->"u8);
            else if (html[i..].StartsWith("</"u8)) i = EndTag(html, i);
            else if (i + 1 < html.Length && html[i + 1] is (byte)'!' or (byte)'?') i = HtmlSyntax.SkipPast(html, i, ">"u8);
            else i = StartTag(html, i);
        }
        while (_open.Count > 0 && i < html.Length);
        while (_open.Count > 0) Close();
    }

    private int StartTag(ReadOnlySpan<byte> html, int i)
    {
        var nameEnd = HtmlSyntax.NameEnd(html, i + 1);
        if (nameEnd == i + 1)
        {
            Text("<"u8);
            return i + 1;
        }
        var name = Lower(html[(i + 1)..nameEnd]);
        // Most elements carry no data-pagefind-* attribute and need none of their attributes read.
        _attributes.Clear();
        var marked = false;
        var next = nameEnd;
        while (HtmlSyntax.NextAttribute(html, ref next, out var attributeName, out var value))
        {
            _attributes.Add((attributeName, value));
            marked |= html[attributeName].StartsWith("data-pagefind-"u8);
        }
        var attributes = marked ? new List<(string Name, string Value)>(_attributes.Count) : NoAttributes;
        if (marked)
            foreach (var (attributeName, value) in _attributes) attributes.Add((Lower(html[attributeName]), HtmlScanner.Decode(html[value], static text => text.ToString())));
        if (NotRead.TryGetValue(name, out var endTag)) return HtmlSyntax.SkipPast(html, HtmlSyntax.SkipPast(html, next, endTag), ">"u8);
        Open(name, attributes);
        if (Void.Contains(name) || html[..next].EndsWith("/>"u8)) Close();
        return next;
    }

    private int EndTag(ReadOnlySpan<byte> html, int i)
    {
        var nameEnd = HtmlSyntax.NameEnd(html, i + 2);
        var name = Lower(html[(i + 2)..nameEnd]);
        var next = HtmlSyntax.SkipPast(html, nameEnd, ">"u8);
        // An end tag closes its element and any left open inside it; a stray one is ignored, as browsers do.
        var at = _open.Count - 1;
        while (at >= 0 && _open[at].Name != name) at--;
        if (at >= 0)
            while (_open.Count > at) Close();
        return next;
    }

    // Most elements have no data-pagefind-* attribute: they share this empty list, never written to.
    private static readonly List<(string Name, string Value)> NoAttributes = [];

    private static string? Attribute(List<(string Name, string Value)> attributes, string name)
    {
        foreach (var attribute in attributes)
            if (attribute.Name == name) return attribute.Value;
        return null;
    }

    private void Open(string name, List<(string Name, string Value)> attributes)
    {
        var parent = _open.Count > 0 ? _open[^1].Status : Status.Indexed;
        var ignore = _open.Count == 0 ? null : Attribute(attributes, "data-pagefind-ignore");
        var status = parent == Status.Excluded || ignore == "all" ? Status.Excluded
            : parent == Status.Ignored || ignore is not null || LeftOut.Contains(name) ? Status.Ignored
            : Status.Indexed;
        var filters = status == Status.Excluded ? null : Keys(Attribute(attributes, "data-pagefind-filter"), attributes);
        var meta = status == Status.Excluded ? null : Keys(Attribute(attributes, "data-pagefind-meta"), attributes);
        var captures = TakesText(filters) || TakesText(meta) || (name == "h1" && _firstHeading is null && status != Status.Excluded);
        var weight = Attribute(attributes, "data-pagefind-weight");
        if (status == Status.Indexed)
        {
            if (weight is not null) _content.Append(PagefindWeight.Start(weight));
            else if (name is ['h', >= '1' and <= '6']) _content.Append(PagefindWeight.StartAuto(PagefindWeight.OfHeading(name[1] - '0')));
            if (Blocks.Contains(name) || name == "br") _content.Append(' ');
        }
        var element = new Element(name, status)
        {
            TextStart = _content.Length,
            Block = Blocks.Contains(name),
            Weight = weight,
            AutoWeight = weight is null && name is ['h', >= '1' and <= '6'],
            Filters = filters,
            Meta = meta,
            Captured = captures ? new CollapsedText() : null,
        };
        if (element.Captured is not null) _captures.Add(element.Captured);
        _open.Add(element);
    }

    private void Close()
    {
        var element = _open[^1];
        _open.RemoveAt(_open.Count - 1);
        if (element.Captured is not null) _captures.Remove(element.Captured);
        if (element.Status == Status.Excluded) return;
        var text = element.Captured?.ToString() ?? "";
        foreach (var (key, value) in element.Filters ?? [])
            if ((value ?? text) is { Length: > 0 } filter)
            {
                if (!_filters.TryGetValue(key, out var values)) _filters[key] = values = [];
                values.Add(filter);
            }
        foreach (var (key, value) in element.Meta ?? [])
            if ((value ?? text) is { Length: > 0 } meta) _meta[key] = meta;
        if (element.Name == "h1" && _firstHeading is null && text.Length > 0) _firstHeading = text;
        if (element.Status != Status.Indexed) return;
        if (element.Block)
        {
            if (_content.Length > element.TextStart && EndsASentence(_content.Last)) _content.Append('.');
            _content.Append(' ');
        }
        if (element.Weight is not null || element.AutoWeight) _content.Append(PagefindWeight.End);
    }

    private void Text(ReadOnlySpan<byte> utf8)
    {
        var indexed = _open.Count > 0 && _open[^1].Status == Status.Indexed;
        if (!indexed && _captures.Count == 0) return;
        var text = DecodeText(utf8);
        if (indexed) _content.Append(text);
        foreach (var capture in _captures) capture.Append(text);
    }

    // A key without a value takes the element's text.
    private static bool TakesText(List<(string Key, string? Value)>? keys) => keys is not null && keys.Exists(key => key.Value is null);

    /// <summary>Pagefind's attribute syntax: keys separated by commas, the last one maybe ":value"; "key[attribute]" takes an attribute's value.</summary>
    private static List<(string Key, string? Value)>? Keys(string? spec, List<(string Name, string Value)> attributes)
    {
        if (string.IsNullOrWhiteSpace(spec)) return null;
        var colon = spec.IndexOf(':');
        var names = (colon < 0 ? spec : spec[..colon]).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var keys = new List<(string Key, string? Value)>();
        for (var n = 0; n < names.Length; n++)
        {
            var name = names[n];
            var bracket = name.IndexOf('[');
            if (bracket > 0 && name.EndsWith(']')) keys.Add((name[..bracket].Trim(), Attribute(attributes, name[(bracket + 1)..^1]) ?? ""));
            else if (n == names.Length - 1 && colon >= 0) keys.Add((name, Collapse(spec[(colon + 1)..])));
            else keys.Add((name, null));
        }
        return keys;
    }

    [ThreadStatic]
    private static char[]? _chars;

    // Text between tags, decoded into a buffer the thread reuses: only text with an entity becomes a string.
    private static ReadOnlySpan<char> DecodeText(ReadOnlySpan<byte> utf8)
    {
        var needed = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        if (_chars is null || _chars.Length < needed) _chars = new char[Math.Max(needed, 4096)];
        var text = _chars.AsSpan(0, Encoding.UTF8.GetChars(utf8, _chars));
        return text.Contains('&') ? WebUtility.HtmlDecode(text.ToString()) : text;
    }

    // Tag and attribute names recur on every page: the common ones are shared, not allocated again.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownNames =
        new HashSet<string>(LeftOut.Concat(NotRead.Keys).Concat(Blocks).Concat(Void).Concat(
            ["a", "abbr", "aside", "blockquote", "caption", "cite", "code", "dd", "details", "dl", "dt", "em", "figcaption", "figure",
             "header", "i", "mark", "ol", "pre", "q", "small", "span", "strong", "sub", "summary", "sup", "table", "tbody", "th", "thead", "time", "tr",
             "class", "id", "href", "lang", "hidden", "role", "data-ref", "aria-labelledby", "aria-label", "aria-hidden", "datetime",
             "data-pagefind-body", "data-pagefind-ignore", "data-pagefind-weight", "data-pagefind-filter", "data-pagefind-meta"]), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static string Lower(ReadOnlySpan<byte> ascii)
    {
        Span<char> name = stackalloc char[Math.Min(ascii.Length, 64)];
        var length = Encoding.ASCII.GetChars(ascii[..name.Length], name);
        for (var c = 0; c < length; c++) name[c] = char.ToLowerInvariant(name[c]);
        return KnownNames.TryGetValue(name[..length], out var known) ? known : name[..length].ToString();
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static bool EndsASentence(char last) => char.IsLetterOrDigit(last) || last is '_' or '\'' or '"' or ')' or '$' or '*';
}
