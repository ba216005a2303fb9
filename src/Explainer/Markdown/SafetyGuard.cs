using System.Text.RegularExpressions;
using Explainer.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Markdown;

/// <summary>
/// Refuses anything in a page's Markdown that could run code in a reader's browser or make it
/// request another host: raw HTML outside <see cref="SafeHtmlPolicy"/> (checked with
/// HtmlSanitizer, see <see cref="RawHtmlCheck"/>), and Markdown links or images with unsafe URLs.
/// </summary>
public static partial class SafetyGuard
{
    /// <param name="untrusted">Raw HTML, links, images and autolinks of the page (see <see cref="SyntaxIndex"/>).</param>
    public static void Check(IEnumerable<MarkdownObject> untrusted, ReportAt report)
    {
        foreach (var node in untrusted)
        {
            switch (node)
            {
                case HtmlBlock block:
                    CheckHtml(block.Lines.ToString(), block.Span.Start, report);
                    break;
                case HtmlInline inline:
                    CheckHtml(inline.Tag ?? "", inline.Span.Start, report);
                    break;
                case LinkInline link when link.Url is { } url && !SiteUrlPolicy.IsSafe(url, embedded: link.IsImage):
                    report(link.Span.Start, ErrorCodes.UnsafeHtml, link.IsImage
                        ? $"image '{Shorten(url)}' must be a file of this site; images from other hosts would leak readers' visits"
                        : $"link to '{Shorten(url)}' is not allowed; links may use http, https or mailto, or be site paths");
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !SiteUrlPolicy.IsSafe(autolink.Url, embedded: false):
                    report(autolink.Span.Start, ErrorCodes.UnsafeHtml, $"link to '{Shorten(autolink.Url)}' is not allowed; links may use http, https or mailto");
                    break;
            }
        }
    }

    // The page's structure is the theme's, so these tags are refused with that reason, before the
    // sanitizer: the HTML parser drops <html>, <head>, <body>, <frameset> and <frame> inside a page
    // (or merges their attributes into the page's own: <body onload>), leaving it nothing to remove.
    private static void CheckHtml(string html, int offset, ReportAt report)
    {
        if (DocumentTag().Match(html) is { Success: true } documentTag)
            report(offset + documentTag.Index, ErrorCodes.UnsafeHtml, $"<{documentTag.Groups[1].Value.ToLowerInvariant()}> is not allowed in Markdown; the theme writes the page's structure");
        else
            RawHtmlCheck.Check(html, offset, report);
    }

    /// <summary>A value quoted in a message, cut to a readable length.</summary>
    internal static string Shorten(string value) => value.Length > 60 ? value[..57] + "..." : value;

    [GeneratedRegex(@"<\s*/?\s*(html|head|body|frameset|frame|!doctype|base|meta|link)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentTag();
}
