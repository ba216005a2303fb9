using Explainer.IO;
using Explainer.Markdown.Citations;
using Explainer.Markdown.Shortcodes;
using Explainer.Markdown.TermLinks;
using Explainer.Model;
using Explainer.Settings;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Markdown;

/// <summary>
/// Renders a page's Markdown with the site's extensions and cross-links it: parse, expand
/// shortcodes, resolve citations and explicit term links, link glossary terms, refuse unsafe
/// content, collect the table of contents, write HTML. One instance serves a whole build and
/// is safe to use from several threads.
/// </summary>
public sealed class PageMarkdown(SiteModel site)
{
    private readonly Glossary glossary = site.Glossary;
    private readonly SourceLibrary library = site.Library;
    private readonly SiteUrls urls = site.Urls;

    /// <summary>The Markdig pipeline: CommonMark plus footnotes, pipe tables, heading ids and our syntax.</summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseFootnotes()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .Use<TermLinkExtension>()
        .Use<CitationExtension>()
        .Use<ShortcodeExtension>()
        .Build();

    private readonly GlossaryLinker _linker = new(site.Glossary);

    private readonly MentionLinker<LinkInline> _countries = new(site.Countries.Matcher, (match, label) => CountryLink(site.Countries.BySlug[match.Slug].Url, label));

    /// <param name="ownTerm">On a term's own page, its slug: the term is never linked to itself.</param>
    /// <param name="linked">Terms already linked earlier on the same page; updated with this text's links.</param>
    /// <param name="ownCountry">On a country's own page, its slug: the country is never linked to itself.</param>
    /// <param name="editorsUntil">Where the editors' text ends: what follows was written by the build (a country page's statements) and is not reviewed.</param>
    public RenderedMarkdown Render(string markdown, ReportProblem reportLineColumn, string? ownTerm = null, ISet<string>? linked = null, string? ownCountry = null, int editorsUntil = int.MaxValue)
    {
        MarkdownPositions? positions = null; // made only when there is a problem to place
        ReportAt report = (offset, code, message) =>
        {
            var (line, column) = (positions ??= new MarkdownPositions(markdown)).Of(offset);
            reportLineColumn(line, column, code, Diagnostics.DiagnosticBag.OneLine(message));
        };
        if (Parse(markdown, report) is not { } document) return RenderedMarkdown.Nothing;
        var shown = ShortcodeResolver.Resolve(document, site, text => Parse(text, report) ?? new MarkdownDocument(), report);
        var index = SyntaxIndex.Of(document);
        var references = CitationResolver.Resolve(index.Citations, library, report);
        linked ??= new HashSet<string>(StringComparer.Ordinal);
        var explicitLinks = TermLinkResolver.Resolve(index.TermLinks, glossary, report);
        foreach (var link in explicitLinks) linked.Add(link.Slug);
        var inserted = _linker.Link(document, linked, ownTerm);
        // The prose as readers read it, worked out once for the country mentions and the editorial review.
        var prose = ProseText.Of(document).ToList();
        var countries = CountryMentions.In(prose, site.Countries);
        // The linker finds mentions only where CountryMentions looks too: a page that names no country is not walked again.
        if (countries.Count > 0) _countries.Link(document, ownCountry is null ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(StringComparer.Ordinal) { ownCountry });
        SafetyGuard.Check(index.Untrusted, report);

        // With links inserted, one more walk puts explicit and automatic links in page order.
        var links = inserted.Count == 0 ? explicitLinks : SyntaxWalk.All<TermLinkInline>(document);
        var mentions = links
            .Where(l => l.Href.Length > 0 && l.Slug != ownTerm)
            .DistinctBy(l => l.Slug)
            .Select(l => new TermMention(l.Slug, MentionSentence.Around(l)))
            .ToList();
        if (ToHtml(document) is not { } html)
        {
            report(0, Diagnostics.ErrorCodes.TooDeep, TooDeepMessage);
            return RenderedMarkdown.Nothing;
        }
        return new RenderedMarkdown(html, Toc(index.Headings), references, mentions, shown)
        {
            Countries = countries,
            Review = EditorialReview.Of(prose, library, editorsUntil),
        };
    }

    /// <summary>Parses with the site's pipeline; null, with a diagnostic, when the text nests too deeply.</summary>
    public static MarkdownDocument? Parse(string markdown, ReportAt report)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) when (IsTooDeep(e))
        {
            report(0, Diagnostics.ErrorCodes.TooDeep, TooDeepMessage);
            return null;
        }
    }

    // Markdig refuses pathological nesting, in parsing and in rendering, rather than overflow the stack; so do we.
    private static bool IsTooDeep(ArgumentException e) => e.Message.Contains("too deeply nested", StringComparison.Ordinal);

    private const string TooDeepMessage = "the Markdown nests too deeply to render (hundreds of quotes, lists, links or emphasis inside each other)";

    [ThreadStatic]
    private static (HtmlRenderer Renderer, StringWriter Writer)? _renderer;

    // One renderer per thread, reused page after page: setting one up costs more than rendering a short page.
    private Utf8Text? ToHtml(MarkdownDocument document)
    {
        if (_renderer is not { } cached)
        {
            var writer = new StringWriter();
            var renderer = new HtmlRenderer(writer);
            Pipeline.Setup(renderer);
            _renderer = cached = (renderer, writer);
        }
        cached.Writer.GetStringBuilder().Clear();
        cached.Renderer.LinkRewriter = urls.Link;
        try
        {
            cached.Renderer.Render(document);
        }
        catch (ArgumentException e) when (IsTooDeep(e))
        {
            _renderer = null; // a renderer stopped mid-page keeps its depth: never reuse it
            return null;
        }
        cached.Writer.Flush();
        return Utf8Text.From(cached.Writer.GetStringBuilder());
    }

    // A mention of a country linked to its page; the class lets the theme tell it from other links.
    private static LinkInline CountryLink(string url, string label)
    {
        var link = new LinkInline(url, "") { IsClosed = true };
        link.AppendChild(new LiteralInline(label));
        link.GetAttributes().AddClass("country");
        return link;
    }

    private static List<TocEntry> Toc(IEnumerable<HeadingBlock> headings) => headings
        .Where(h => h.Level is 2 or 3 && h.GetAttributes().Id is not null && h.Parent is MarkdownDocument)
        .Select(h => new TocEntry(h.Level, h.GetAttributes().Id!, MentionSentence.PlainText(h.Inline)))
        .ToList();
}
