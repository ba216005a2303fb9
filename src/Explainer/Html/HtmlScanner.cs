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
                i = SkipPast(html, i, "-->"u8);
                continue;
            }
            var nameStart = i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit((char)html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            if (nameEnd == nameStart)
            {
                i++;
                continue;
            }
            var tag = html[nameStart..nameEnd];
            i = ReadAttributes(html, nameEnd, links, ids, intern);
            if (Ascii.EqualsIgnoreCase(tag, "script"u8)) i = SkipPast(html, i, "</script"u8);
            else if (Ascii.EqualsIgnoreCase(tag, "style"u8)) i = SkipPast(html, i, "</style"u8);
        }
        return new LinkReport([.. links], ids);
    }

    /// <summary>Reads attributes up to the tag's end; returns the index after '>'.</summary>
    private static int ReadAttributes(ReadOnlySpan<byte> html, int i, List<string> links, HashSet<string> ids, Interner intern)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) return i;
            if (html[i] == '>') return i + 1;
            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ((byte)'=' or (byte)'>' or (byte)'/')) i++;
            var name = html[nameStart..i];
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=') continue;
            i++;
            while (i < html.Length && IsSpace(html[i])) i++;
            var (start, length, next) = ReadValue(html, i);
            i = next;
            if (Ascii.EqualsIgnoreCase(name, "href"u8) || Ascii.EqualsIgnoreCase(name, "src"u8)) links.Add(Decode(html.Slice(start, length), intern));
            else if (Ascii.EqualsIgnoreCase(name, "id"u8)) ids.Add(Decode(html.Slice(start, length), intern));
        }
        return i;
    }

    /// <summary>Where an attribute value starting at <paramref name="i"/> lies, quoted or not, and the index after it.</summary>
    private static (int Start, int Length, int Next) ReadValue(ReadOnlySpan<byte> html, int i)
    {
        if (i >= html.Length) return (i, 0, i);
        if (html[i] is (byte)'"' or (byte)'\'')
        {
            var end = html[(i + 1)..].IndexOf(html[i]);
            var length = end < 0 ? html.Length - i - 1 : end;
            return (i + 1, length, Math.Min(html.Length, i + 1 + length + 1));
        }
        var start = i;
        while (i < html.Length && !IsSpace(html[i]) && html[i] != '>') i++;
        return (start, i - start, i);
    }

    private static string Decode(ReadOnlySpan<byte> utf8, Interner intern)
    {
        Span<char> chars = utf8.Length <= 512 ? stackalloc char[utf8.Length] : new char[utf8.Length];
        var value = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        return value.Contains('&') ? intern(WebUtility.HtmlDecode(value.ToString())) : intern(value);
    }

    // HTML separates attributes with ASCII whitespace only.
    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    private static int SkipPast(ReadOnlySpan<byte> html, int from, ReadOnlySpan<byte> marker)
    {
        // Ordinal first: the generator writes lower case; only a miss pays for a case-insensitive search.
        var end = html[from..].IndexOf(marker);
        if (end < 0) end = IndexOfIgnoreCase(html[from..], marker);
        return end < 0 ? html.Length : from + end + marker.Length;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> marker)
    {
        for (var at = 0; at + marker.Length <= text.Length; at++)
            if (Ascii.EqualsIgnoreCase(text.Slice(at, marker.Length), marker)) return at;
        return -1;
    }
}
