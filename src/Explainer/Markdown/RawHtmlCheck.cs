using System.Collections.Concurrent;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;
using Explainer.Diagnostics;
using Ganss.Xss;

namespace Explainer.Markdown;

/// <summary>
/// Checks one piece of raw HTML with HtmlSanitizer configured as <see cref="SafeHtmlPolicy"/>:
/// whatever it would remove is refused, at the position of the element it sits on. Nothing is
/// cleaned; the page keeps Markdig's rendering, so a build with raw HTML either fails or
/// publishes exactly what the editor wrote.
/// </summary>
public static class RawHtmlCheck
{
    // Parsed as a browser does (scripting on, so <noscript> holds text), keeping each element's
    // source position, and with CSS as HtmlSanitizer's own parser, which drops styles silently
    // without it. One parser serves all threads, as HtmlSanitizer's default one does.
    private static readonly HtmlParser Parser = new(
        new HtmlParserOptions { IsScripting = true, IsKeepingSourceReferences = true },
        BrowsingContext.New(Configuration.Default.WithCss()));

    // Each piece of raw HTML is parsed on its own but ends up in one page with the others, in
    // flowing text or inside a table that another piece opened. So it is checked in both: in a
    // table, cells and rows written apart from it (<td onclick=...>) are elements, where flowing
    // text drops them; what a table moves out of itself, flowing text sees in place.
    private static readonly IElement[] Contexts = ContextsOf("body", "table");

    // One sanitizer for the whole build: it is safe to use from several threads once configured.
    // Its events are not per call, so each thread collects its own refusals here.
    private static readonly HtmlSanitizer Sanitizer = Create();

    [ThreadStatic]
    private static List<Refusal>? _refusals;

    // Inline tags (<abbr title="...">, </abbr>, <sup>) recur page after page, and the verdict on a
    // piece depends on its text alone: a check costs tens of microseconds, a look-up next to nothing.
    // Short pieces only, and a bounded number, so a long preview session cannot fill the memory.
    private static readonly ConcurrentDictionary<string, Refusal[]> Verdicts = new(StringComparer.Ordinal);
    private const int LongestRemembered = 300;
    private const int MostRemembered = 10_000;

    private readonly record struct Refusal(TextPosition? At, string Message);

    /// <param name="offset">Where <paramref name="html"/> starts in the page's Markdown.</param>
    public static void Check(string html, int offset, ReportAt report)
    {
        foreach (var (at, message) in Verdicts.TryGetValue(html, out var known) ? known : Verdict(html))
            report(offset + OffsetOf(at, html), ErrorCodes.UnsafeHtml, message);
    }

    private static Refusal[] Verdict(string html)
    {
        var refusals = _refusals ??= [];
        try
        {
            foreach (var context in Contexts)
                CheckIn(context, html);
            // Only when nothing else is: the piece is refused either way, and an unclosed <script> or
            // <textarea> is refused as a tag already.
            if (refusals.Count == 0 && UnclosedHtml.EndInside(html) is { } end)
                refusals.Add(new(end, "the raw HTML ends inside a tag, comment or text-only element, which would swallow the page's markup after it; close it"));
            var verdict = refusals.Distinct().ToArray();
            if (html.Length <= LongestRemembered && Verdicts.Count < MostRemembered) Verdicts.TryAdd(html, verdict);
            return verdict;
        }
        finally
        {
            refusals.Clear();
        }
    }

    private static void CheckIn(IElement context, string html)
    {
        var nodes = Parser.ParseFragment(html, context);
        if (nodes.Length == 0 || nodes[0].Parent is not IHtmlElement fragment) return;
        using var document = (IHtmlDocument)fragment.Owner!;
        Sanitizer.SanitizeDom(document, fragment);
        // HtmlSanitizer knows attributes only globally: those of one tag are refused on the others here.
        foreach (var element in fragment.Descendants<IElement>())
        {
            foreach (var attribute in element.Attributes.Where(a => !SafeHtmlPolicy.AllowsAttribute(element.LocalName, a.Name)))
                Refuse(element, AttributeMessage(element.LocalName, attribute, RemoveReason.NotAllowedAttribute));
        }
    }

    private static IElement[] ContextsOf(params string[] tags)
    {
        var owner = Parser.ParseDocument("");
        return tags.Select(tag => owner.CreateElement(tag)).ToArray();
    }

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer(SafeHtmlPolicy.Options());
        sanitizer.RemovingTag += (_, e) => Refuse(e.Tag, $"<{e.Tag.LocalName}> is not allowed in Markdown; README lists the safe tags");
        sanitizer.RemovingAttribute += (_, e) => Refuse(e.Tag, AttributeMessage(e.Tag.LocalName, e.Attribute, e.Reason));
        // A URL the sanitizer accepts may still make the browser call another host ("//host/x.png").
        sanitizer.FilterUrl += (_, e) =>
        {
            if (e.SanitizedUrl is not null && !SiteUrlPolicy.IsSafe(e.OriginalUrl, embedded: e.Tag.LocalName == "img"))
                e.SanitizedUrl = null; // the sanitizer then removes the attribute: RemovingAttribute reports it
        };
        // Styles and classes are never narrowed by the policy, so these cannot fire today; any
        // removal is still a refusal, so that a later change to the policy cannot pass one silently.
        sanitizer.RemovingStyle += (_, e) => Refuse(e.Tag, $"style '{e.Style.Name}' on <{e.Tag.LocalName}> is not allowed");
        sanitizer.RemovingAtRule += (_, e) => Refuse(e.Tag, $"CSS rule '{SafetyGuard.Shorten(e.Rule.CssText)}' in <{e.Tag.LocalName}> is not allowed");
        sanitizer.RemovingCssClass += (_, e) => Refuse(e.Tag, $"class '{e.CssClass}' on <{e.Tag.LocalName}> is not allowed");
        // RemovingComment is not listened to: comments are allowed (they neither run nor load anything).
        return sanitizer;
    }

    private static void Refuse(IElement element, string message) => _refusals?.Add(new(element.SourceReference?.Position, message));

    private static string AttributeMessage(string tag, IAttr attribute, RemoveReason reason) => reason switch
    {
        RemoveReason.NotAllowedAttribute => $"attribute '{attribute.Name}' on <{tag}> is not allowed: {WhyNot(attribute.Name)}",
        RemoveReason.NotAllowedUrlValue => $"{attribute.Name}=\"{SafetyGuard.Shorten(attribute.Value)}\" on <{tag}> is not allowed; use http, https or mailto links, and images from this site",
        _ => $"{attribute.Name}=\"{SafetyGuard.Shorten(attribute.Value)}\" on <{tag}> is not allowed: HtmlSanitizer refuses the value as a way to run script",
    };

    private static string WhyNot(string attribute) =>
        attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase) ? "event handlers run scripts"
        : attribute.Equals("style", StringComparison.OrdinalIgnoreCase) ? "inline styles break the site's content security policy"
        : "it is not in the safe set";

    // Where the element's tag starts in the raw HTML, so a problem on the fifth line of a block is
    // reported there. Elements the parser made up (an implied <tbody>) or that AngleSharp keeps no
    // position for (SVG, MathML) are reported where the raw HTML starts.
    private static int OffsetOf(TextPosition? at, string html)
    {
        if (at is not { Line: >= 1 } position) return 0;
        var lineStart = 0;
        for (var line = 1; line < position.Line; line++)
        {
            var next = html.IndexOf('\n', lineStart);
            if (next < 0) return 0;
            lineStart = next + 1;
        }
        return Math.Min(html.Length, lineStart + Math.Max(0, position.Column - 1));
    }
}
