using System.Net;
using System.Text;

namespace Explainer.Html;

/// <summary>
/// A small, fast reader of the HTML the generator itself wrote: it walks the tags once and
/// collects link targets (href and src) and element ids, skipping comments, scripts and styles.
/// A full DOM parse of every page would cost more than the rest of the build; pages are ours,
/// so well-formed, and untrusted raw HTML was already checked with a real parser. It reads the
/// page as UTF-8, as it is written, so no page-sized string is made for it.
/// </summary>
public static class HtmlScanner
{
    /// <summary>Turns a found value into a string, e.g. a shared copy of it.</summary>
    public delegate string Interner(ReadOnlySpan<char> text);

    public static LinkReport Scan(string html, Interner? intern = null) => Scan(Encoding.UTF8.GetBytes(html), intern);

    /// <param name="intern">Maps each found string to a shared copy: the same hrefs and ids recur on
    /// every page of a site, and a big site keeps every page's report until the link check. Values
    /// are handed over as spans, so a value already seen costs no allocation.</param>
    public static LinkReport Scan(ReadOnlySpan<byte> html, Interner? intern = null)
    {
        intern ??= static text => text.ToString();
        var links = new List<string>(64);
        var ids = new HashSet<string>(64, StringComparer.Ordinal);
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
            i = ReadAttributes(html, nameEnd, links, ids, intern);
            if (Ascii.EqualsIgnoreCase(tag, "script"u8)) i = HtmlSyntax.SkipPast(html, i, "</script"u8);
            else if (Ascii.EqualsIgnoreCase(tag, "style"u8)) i = HtmlSyntax.SkipPast(html, i, "</style"u8);
        }
        return new LinkReport([.. links], ids);
    }

    /// <summary>Reads attributes up to the tag's end; returns the index after '>'.</summary>
    private static int ReadAttributes(ReadOnlySpan<byte> html, int i, List<string> links, HashSet<string> ids, Interner intern)
    {
        while (HtmlSyntax.NextAttribute(html, ref i, out var nameRange, out var value))
        {
            var name = html[nameRange];
            if (Ascii.EqualsIgnoreCase(name, "href"u8) || Ascii.EqualsIgnoreCase(name, "src"u8)) links.Add(Decode(html[value], intern));
            else if (Ascii.EqualsIgnoreCase(name, "id"u8)) ids.Add(Decode(html[value], intern));
        }
        return i;
    }

    private static string Decode(ReadOnlySpan<byte> utf8, Interner intern)
    {
        Span<char> chars = utf8.Length <= 512 ? stackalloc char[utf8.Length] : new char[utf8.Length];
        var value = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        return value.Contains('&') ? intern(WebUtility.HtmlDecode(value.ToString())) : intern(value);
    }
}
