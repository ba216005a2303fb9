using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Explainer.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Markdown;

/// <summary>
/// Refuses anything in a page's Markdown that could run code in a reader's browser or make it
/// request another host: raw HTML outside <see cref="SafeHtmlPolicy"/> (checked with a real HTML
/// parser, so entity tricks and odd spacing are seen as the browser sees them), and Markdown
/// links or images with unsafe URLs.
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
                case LinkInline link when link.Url is { } url && !SafeHtmlPolicy.IsSafeUrl(url, embedded: link.IsImage):
                    report(link.Span.Start, ErrorCodes.UnsafeHtml, link.IsImage
                        ? $"image '{Shorten(url)}' must be a file of this site; images from other hosts would leak readers' visits"
                        : $"link to '{Shorten(url)}' is not allowed; links may use http, https or mailto, or be site paths");
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !SafeHtmlPolicy.IsSafeUrl(autolink.Url, embedded: false):
                    report(autolink.Span.Start, ErrorCodes.UnsafeHtml, $"link to '{Shorten(autolink.Url)}' is not allowed; links may use http, https or mailto");
                    break;
            }
        }
    }

    private static void CheckHtml(string html, int offset, ReportAt report)
    {
        if (DocumentTag().Match(html) is { Success: true } documentTag)
        {
            report(offset + documentTag.Index, ErrorCodes.UnsafeHtml, $"<{documentTag.Groups[1].Value.ToLowerInvariant()}> is not allowed in Markdown; the theme writes the page's structure");
            return;
        }
        var parsed = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true }).ParseDocument(html);
        foreach (var element in (parsed.Body?.Descendants<IElement>() ?? []).Concat(parsed.Head?.Children.ToList() ?? []))
            CheckElement(element, offset + OffsetOf(element, html), report);
    }

    // Where the element's tag starts in the raw HTML, so a problem on the fifth line of a block is reported there.
    private static int OffsetOf(IElement element, string html)
    {
        if (element.SourceReference?.Position is not { } position || position.Line < 1) return 0;
        var lineStart = 0;
        for (var line = 1; line < position.Line; line++)
        {
            var next = html.IndexOf('\n', lineStart);
            if (next < 0) return 0;
            lineStart = next + 1;
        }
        return Math.Min(html.Length, lineStart + Math.Max(0, position.Column - 1));
    }

    private static void CheckElement(IElement element, int offset, ReportAt report)
    {
        var tag = element.LocalName;
        if (!SafeHtmlPolicy.Tags.Contains(tag))
        {
            report(offset, ErrorCodes.UnsafeHtml, $"<{tag}> is not allowed in Markdown; README lists the safe tags");
            return;
        }
        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name;
            if (!SafeHtmlPolicy.AllowsAttribute(tag, name))
            {
                var why = name.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? "event handlers run scripts" : name == "style" ? "inline styles break the site's content security policy" : "it is not in the safe set";
                report(offset, ErrorCodes.UnsafeHtml, $"attribute '{name}' on <{tag}> is not allowed: {why}");
            }
            else if (SafeHtmlPolicy.UrlAttributes.Contains(name) && !SafeHtmlPolicy.IsSafeUrl(attribute.Value, embedded: tag == "img"))
            {
                report(offset, ErrorCodes.UnsafeHtml, $"{name}=\"{Shorten(attribute.Value)}\" on <{tag}> is not allowed; use http, https or mailto links, and images from this site");
            }
        }
    }

    private static string Shorten(string value) => value.Length > 60 ? value[..57] + "..." : value;

    [GeneratedRegex(@"<\s*/?\s*(html|head|body|!doctype|base|meta|link)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentTag();
}
