using System.Text;
using Explainer.Markdown.Citations;
using Explainer.Markdown.Shortcodes;
using Explainer.Markdown.TermLinks;
using Explainer.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Markdown;

/// <summary>
/// Links the first mention of each glossary term in a page's prose to its entry: longest
/// match first, whole words, never in headings, links, code, block quotes, quotation marks,
/// raw HTML or the term's own page. Works on the Markdown syntax tree, so it never has to
/// guess where prose is.
/// </summary>
public sealed class GlossaryLinker(Glossary glossary)
{
    /// <param name="linked">Slugs already linked on the page (e.g. by explicit links); updated.</param>
    /// <param name="ownSlug">The term whose own page this is, never linked to itself.</param>
    /// <returns>The links it inserted, in document order.</returns>
    public List<TermLinkInline> Link(MarkdownDocument document, ISet<string> linked, string? ownSlug)
    {
        var inserted = new List<TermLinkInline>();
        if (glossary.Matcher.IsEmpty) return inserted;
        if (ownSlug is not null) linked.Add(ownSlug);
        LinkBlocks(document, linked, inserted);
        return inserted;
    }

    private void LinkBlocks(ContainerBlock container, ISet<string> linked, List<TermLinkInline> inserted)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock or CodeBlock or HtmlBlock or QuoteBlock or ShortcodeBlock:
                    continue;
                case LeafBlock { Inline: { } inline }:
                    LinkInlines(inline, new QuoteTracker(), linked, inserted);
                    break;
                case ContainerBlock child:
                    LinkBlocks(child, linked, inserted);
                    break;
            }
        }
    }

    private void LinkInlines(ContainerInline container, QuoteTracker quotes, ISet<string> linked, List<TermLinkInline> inserted)
    {
        var run = new List<Inline>();
        var child = container.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            if (child is LiteralInline or LineBreakInline { IsHard: false })
            {
                run.Add(child);
            }
            else
            {
                LinkRun(run, quotes, linked, inserted);
                run.Clear();
                if (child is ContainerInline nested and not LinkInline) LinkInlines(nested, quotes, linked, inserted);
                else if (child is LinkInline or CodeInline or CitationInline or TermLinkInline) TrackQuotes(child, quotes);
            }
            child = next;
        }
        LinkRun(run, quotes, linked, inserted);
    }

    private void LinkRun(List<Inline> run, QuoteTracker quotes, ISet<string> linked, List<TermLinkInline> inserted)
    {
        if (run.Count == 0) return;
        var text = RunText(run);
        var quoted = quotes.Scan(text);
        var chosen = new List<TermMatch>();
        foreach (var match in glossary.Matcher.FindAll(text))
        {
            if (quoted[match.Start] || linked.Contains(match.Slug)) continue;
            linked.Add(match.Slug);
            chosen.Add(match);
        }
        if (chosen.Count == 0) return;

        var anchor = run[0];
        var position = 0;
        foreach (var match in chosen)
        {
            if (match.Start > position) anchor.InsertBefore(new LiteralInline(text[position..match.Start]));
            var label = string.Join(' ', text.Substring(match.Start, match.Length).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
            var link = new TermLinkInline { Slug = match.Slug, Label = label, Automatic = true, Href = glossary.BySlug[match.Slug].Url };
            anchor.InsertBefore(link);
            inserted.Add(link);
            position = match.Start + match.Length;
        }
        if (position < text.Length) anchor.InsertBefore(new LiteralInline(text[position..]));
        foreach (var original in run) original.Remove();
    }

    private static string RunText(List<Inline> run)
    {
        if (run is [LiteralInline only]) return only.Content.ToString();
        var builder = new StringBuilder();
        foreach (var inline in run) builder.Append(inline is LiteralInline literal ? literal.Content.AsSpan() : "\n");
        return builder.ToString();
    }

    private static void TrackQuotes(Inline inline, QuoteTracker quotes)
    {
        // Quotation marks inside a link or code still open and close quotations around it.
        foreach (var literal in SyntaxWalk.All<LiteralInline>(inline))
            quotes.Scan(literal.Content.AsSpan());
    }
}
