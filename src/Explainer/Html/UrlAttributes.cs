using System.Text;

namespace Explainer.Html;

/// <summary>
/// The attributes whose values are URLs, as HTML defines them: links (<c>href</c>, <c>action</c>...),
/// embedded files (<c>src</c>, <c>poster</c>), a list of images (<c>srcset</c>) and the place a
/// quotation comes from (<c>cite</c>). The link check reads them and a relative build rewrites them;
/// a page that sends readers on (<c>&lt;meta http-equiv="refresh"&gt;</c>) holds its URL in
/// <c>content</c> (see <see cref="RefreshUrl"/>).
/// </summary>
public static class UrlAttributes
{
    /// <summary>How an attribute holds URLs: none, one, or a list of image candidates ("a.png 1x, b.png 2x").</summary>
    public enum Kind { None, Url, SourceSet }

    public static Kind Of(ReadOnlySpan<byte> name)
    {
        if (name.Length is < 3 or > 10) return Kind.None;
        if (Ascii.EqualsIgnoreCase(name, "href"u8) || Ascii.EqualsIgnoreCase(name, "src"u8) || Ascii.EqualsIgnoreCase(name, "action"u8)
            || Ascii.EqualsIgnoreCase(name, "cite"u8) || Ascii.EqualsIgnoreCase(name, "poster"u8) || Ascii.EqualsIgnoreCase(name, "formaction"u8)
            || Ascii.EqualsIgnoreCase(name, "xlink:href"u8))
            return Kind.Url;
        return Ascii.EqualsIgnoreCase(name, "srcset"u8) ? Kind.SourceSet : Kind.None;
    }

    /// <summary>
    /// Finds the next image candidate's URL in a srcset value ("a.png 1x, b.png 2x") from
    /// <paramref name="i"/>: up to the first space of each comma-separated part. False at the end.
    /// </summary>
    public static bool NextSourceSetUrl(ReadOnlySpan<byte> value, ref int i, out Range url)
    {
        url = default;
        while (i < value.Length)
        {
            while (i < value.Length && (HtmlSyntax.IsSpace(value[i]) || value[i] == ',')) i++;
            var start = i;
            while (i < value.Length && !HtmlSyntax.IsSpace(value[i])) i++;
            var end = i;
            // A URL may hold commas itself; one that ends it separates the candidates.
            var endsCandidate = end > start && value[end - 1] == ',';
            while (end > start && value[end - 1] == ',') end--;
            // Otherwise the candidate's descriptor ("2x", "640w") runs to the next comma.
            if (!endsCandidate)
                while (i < value.Length && value[i] != ',') i++;
            if (end <= start) continue;
            url = start..end;
            return true;
        }
        return false;
    }

    /// <summary>Where the URL lies in a refresh's content ("0; url=/a/", the URL optionally quoted), or null when it names none.</summary>
    public static Range? RefreshUrl(ReadOnlySpan<byte> content)
    {
        var at = content.IndexOfAny((byte)';', (byte)',');
        if (at < 0) return null;
        var i = at + 1;
        while (i < content.Length && HtmlSyntax.IsSpace(content[i])) i++;
        if (i + 3 < content.Length && Ascii.EqualsIgnoreCase(content.Slice(i, 3), "url"u8))
        {
            var j = i + 3;
            while (j < content.Length && HtmlSyntax.IsSpace(content[j])) j++;
            if (j < content.Length && content[j] == '=')
            {
                i = j + 1;
                while (i < content.Length && HtmlSyntax.IsSpace(content[i])) i++;
            }
        }
        var end = content.Length;
        while (end > i && HtmlSyntax.IsSpace(content[end - 1])) end--;
        if (end > i && content[i] is (byte)'"' or (byte)'\'' && content[end - 1] == content[i])
        {
            i++;
            end--;
        }
        return end > i ? i..end : null;
    }
}
