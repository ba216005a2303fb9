using System.Text;

namespace Explainer.Html;

/// <summary>
/// The few rules of HTML's syntax that the generator's own readers of its pages need
/// (<see cref="HtmlScanner"/>, <see cref="Search.SearchRecordReader"/>): tag names, attribute
/// values quoted or not, and skipping to a marker. Pages are ours, so well-formed.
/// </summary>
public static class HtmlSyntax
{
    // HTML separates attributes with ASCII whitespace only.
    public static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f';

    /// <summary>The index after a tag name that starts at <paramref name="start"/>.</summary>
    public static int NameEnd(ReadOnlySpan<byte> html, int start)
    {
        var end = start;
        while (end < html.Length && (char.IsAsciiLetterOrDigit((char)html[end]) || html[end] == '-')) end++;
        return end;
    }

    /// <summary>
    /// Reads the attribute at <paramref name="i"/> (inside a tag, after its name) and moves past it;
    /// false at the tag's end, with <paramref name="i"/> after its '&gt;'. An attribute without a value has an empty <paramref name="value"/>.
    /// </summary>
    public static bool NextAttribute(ReadOnlySpan<byte> html, ref int i, out Range name, out Range value)
    {
        name = value = default;
        while (i < html.Length)
        {
            while (i < html.Length && (IsSpace(html[i]) || html[i] == '/')) i++;
            if (i >= html.Length) return false;
            if (html[i] == '>')
            {
                i++;
                return false;
            }
            var nameStart = i;
            while (i < html.Length && !IsSpace(html[i]) && html[i] is not ((byte)'=' or (byte)'>' or (byte)'/')) i++;
            name = nameStart..i;
            var afterName = i;
            while (i < html.Length && IsSpace(html[i])) i++;
            if (i >= html.Length || html[i] != '=')
            {
                i = afterName;
                value = afterName..afterName;
                return true;
            }
            i++;
            while (i < html.Length && IsSpace(html[i])) i++;
            var (start, length, next) = ReadValue(html, i);
            i = next;
            value = start..(start + length);
            return true;
        }
        return false;
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

    /// <summary>The index after the first <paramref name="marker"/> from <paramref name="from"/> (ASCII case ignored), or the end.</summary>
    public static int SkipPast(ReadOnlySpan<byte> html, int from, ReadOnlySpan<byte> marker)
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
