using System.Net;
using System.Text;

namespace Explainer.Html;

/// <summary>
/// A small, fast reader of the HTML the generator itself wrote: it walks the tags once and
/// collects link targets (every URL attribute, <see cref="UrlAttributes"/>, and a refresh's URL)
/// and element ids, skipping comments, scripts and styles. A full DOM parse of every page would
/// cost more than the rest of the build; pages are ours, so well-formed, and untrusted raw HTML
/// was already checked with a real parser. It reads the page as UTF-8, as it is written, so no
/// page-sized string is made for it.
/// </summary>
public static class HtmlScanner
{
    /// <summary>Turns a found value into a string, e.g. a shared copy of it.</summary>
    public delegate string Interner(ReadOnlySpan<char> text);

    /// <summary>What a walk over a page reports: where each URL and each id lies, as written (entities not decoded).</summary>
    public interface IVisitor
    {
        void Url(ReadOnlySpan<byte> html, Range url);

        void Id(ReadOnlySpan<byte> html, Range id);
    }

    public static LinkReport Scan(string html, Interner? intern = null) => Scan(Encoding.UTF8.GetBytes(html), intern);

    /// <param name="intern">Maps each found string to a shared copy: the same hrefs and ids recur on
    /// every page of a site, and a big site keeps every page's report until the link check. Values
    /// are handed over as spans, so a value already seen costs no allocation.</param>
    public static LinkReport Scan(ReadOnlySpan<byte> html, Interner? intern = null)
    {
        var report = new ReportVisitor(intern ?? (static text => text.ToString()));
        Walk(html, ref report);
        return new LinkReport([.. report.Links], report.Ids);
    }

    /// <summary>Walks the page's tags in order and tells <paramref name="visitor"/> of every URL and id.</summary>
    public static void Walk<TVisitor>(ReadOnlySpan<byte> html, ref TVisitor visitor) where TVisitor : struct, IVisitor
    {
        var i = 0;
        while (i < html.Length)
        {
            var open = html[i..].IndexOf((byte)'<');
            if (open < 0) break;
            i += open;
            if (html[i..].StartsWith("<!--"u8))
            {
                i = HtmlSyntax.SkipPast(html, i, "-->"u8);
                continue;
            }
            var nameStart = i + 1;
            var nameEnd = HtmlSyntax.NameEnd(html, nameStart);
            if (nameEnd == nameStart)
            {
                i++;
                continue;
            }
            var tag = html[nameStart..nameEnd];
            i = WalkAttributes(html, nameEnd, Ascii.EqualsIgnoreCase(tag, "meta"u8), ref visitor);
            if (Ascii.EqualsIgnoreCase(tag, "script"u8)) i = HtmlSyntax.SkipPast(html, i, "</script"u8);
            else if (Ascii.EqualsIgnoreCase(tag, "style"u8)) i = HtmlSyntax.SkipPast(html, i, "</style"u8);
        }
    }

    /// <summary>Reads attributes up to the tag's end; returns the index after '>'.</summary>
    private static int WalkAttributes<TVisitor>(ReadOnlySpan<byte> html, int i, bool isMeta, ref TVisitor visitor) where TVisitor : struct, IVisitor
    {
        var refresh = false;
        Range? content = null;
        while (HtmlSyntax.NextAttribute(html, ref i, out var nameRange, out var value))
        {
            var name = html[nameRange];
            switch (UrlAttributes.Of(name))
            {
                case UrlAttributes.Kind.Url:
                    visitor.Url(html, value);
                    break;
                case UrlAttributes.Kind.SourceSet:
                    var (offset, _) = value.GetOffsetAndLength(html.Length);
                    for (var at = 0; UrlAttributes.NextSourceSetUrl(html[value], ref at, out var candidate);)
                        visitor.Url(html, (offset + candidate.Start.Value)..(offset + candidate.End.Value));
                    break;
                default:
                    if (Ascii.EqualsIgnoreCase(name, "id"u8)) visitor.Id(html, value);
                    else if (isMeta && Ascii.EqualsIgnoreCase(name, "http-equiv"u8)) refresh = Ascii.EqualsIgnoreCase(html[value], "refresh"u8);
                    else if (isMeta && Ascii.EqualsIgnoreCase(name, "content"u8)) content = value;
                    break;
            }
        }
        if (refresh && content is { } refreshed && UrlAttributes.RefreshUrl(html[refreshed]) is { } url)
        {
            var (offset, _) = refreshed.GetOffsetAndLength(html.Length);
            visitor.Url(html, (offset + url.Start.Value)..(offset + url.End.Value));
        }
        return i;
    }

    /// <summary>An attribute's value as the browser reads it: UTF-8 decoded, character references resolved.</summary>
    public static string Decode(ReadOnlySpan<byte> utf8, Interner intern)
    {
        Span<char> chars = utf8.Length <= 512 ? stackalloc char[utf8.Length] : new char[utf8.Length];
        var value = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        return value.Contains('&') ? intern(WebUtility.HtmlDecode(value.ToString())) : intern(value);
    }

    private readonly struct ReportVisitor(Interner intern) : IVisitor
    {
        public List<string> Links { get; } = new(64);

        public HashSet<string> Ids { get; } = new(64, StringComparer.Ordinal);

        public void Url(ReadOnlySpan<byte> html, Range url) => Links.Add(Decode(html[url], intern));

        public void Id(ReadOnlySpan<byte> html, Range id) => Ids.Add(Decode(html[id], intern));
    }
}
