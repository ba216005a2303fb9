using System.Net;

namespace Explainer.Html;

/// <summary>
/// A small, fast reader of the HTML the generator itself wrote: it walks the tags once and
/// collects link targets (href and src) and element ids, skipping comments, scripts and styles.
/// A full DOM parse of every page would cost more than the rest of the build; pages are ours,
/// so well-formed, and untrusted raw HTML was already checked with a real parser.
/// </summary>
public static class HtmlScanner
{
    /// <summary>Turns a found value into a string, e.g. a shared copy of it.</summary>
    public delegate string Interner(ReadOnlySpan<char> text);

    /// <param name="intern">Maps each found string to a shared copy: the same hrefs and ids recur on
    /// every page of a site, and a big site keeps every page's report until the link check. Values
    /// are handed over as spans of the page, so a value already seen costs no allocation.</param>
    public static LinkReport Scan(string html, Interner? intern = null)
    {
        intern ??= static text => text.ToString();
        var links = new List<string>(64);
        var ids = new HashSet<string>(64, StringComparer.Ordinal);
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, i, "-->");
                continue;
            }
            var nameStart = i + 1;
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] == '-')) nameEnd++;
            if (nameEnd == nameStart)
            {
                i++;
                continue;
            }
            var tag = html.AsSpan(nameStart, nameEnd - nameStart);
            i = ReadAttributes(html, nameEnd, links, ids, intern);
            if (tag.Equals("script", StringComparison.OrdinalIgnoreCase)) i = SkipPast(html, i, "</script");
            else if (tag.Equals("style", StringComparison.OrdinalIgnoreCase)) i = SkipPast(html, i, "</style");
        }
        return new LinkReport([.. links], ids);
    }

    /// <summary>Reads attributes up to the tag's end; returns the index after '>'.</summary>
    private static int ReadAttributes(string html, int i, List<string> links, HashSet<string> ids, Interner intern)
    {
        while (i < html.Length)
        {
            while (i < html.Length && (char.IsWhiteSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) return i;
            if (html[i] == '>') return i + 1;
            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>' or '/')) i++;
            var name = html.AsSpan(nameStart, i - nameStart);
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=') continue;
            i++;
            while (i < html.Length && char.IsWhiteSpace(html[i])) i++;
            var (start, length, next) = ReadValue(html, i);
            i = next;
            if (name.Equals("href", StringComparison.OrdinalIgnoreCase) || name.Equals("src", StringComparison.OrdinalIgnoreCase)) links.Add(Decode(html.AsSpan(start, length), intern));
            else if (name.Equals("id", StringComparison.OrdinalIgnoreCase)) ids.Add(Decode(html.AsSpan(start, length), intern));
        }
        return i;
    }

    /// <summary>Where an attribute value starting at <paramref name="i"/> lies, quoted or not, and the index after it.</summary>
    private static (int Start, int Length, int Next) ReadValue(string html, int i)
    {
        if (i >= html.Length) return (i, 0, i);
        if (html[i] is '"' or '\'')
        {
            var quote = html[i];
            var end = html.IndexOf(quote, i + 1);
            if (end < 0) end = html.Length;
            return (i + 1, end - i - 1, Math.Min(html.Length, end + 1));
        }
        var start = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>') i++;
        return (start, i - start, i);
    }

    private static string Decode(ReadOnlySpan<char> value, Interner intern) =>
        value.Contains('&') ? intern(WebUtility.HtmlDecode(value.ToString())) : intern(value);

    private static int SkipPast(string html, int from, string marker)
    {
        // Ordinal first: the generator writes lower case; only a miss pays for a case-insensitive search.
        var end = html.IndexOf(marker, from, StringComparison.Ordinal);
        if (end < 0) end = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html.Length : end + marker.Length;
    }
}
