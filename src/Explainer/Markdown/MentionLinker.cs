using System.Text;
using Explainer.Markdown.Citations;
using Explainer.Markdown.Shortcodes;
using Explainer.Markdown.TermLinks;
using Explainer.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Markdown;

/// <summary>
/// Links the first mention of each name a matcher knows in a page's prose (glossary terms,
/// countries): longest match first, whole words, never in headings, links, code, block quotes,
/// quotation marks, raw HTML or shortcodes. Works on the Markdown syntax tree, so it never has
/// to guess where prose is.
/// </summary>
/// <param name="link">Makes the link for a match, given the text it covers.</param>
public sealed class MentionLinker<TLink>(TermMatcher matcher, Func<TermMatch, string, TLink> link) where TLink : Inline
{
    /// <param name="linked">Slugs already linked on the page; updated.</param>
    /// <returns>The links it inserted, in document order.</returns>
    public List<TLink> Link(MarkdownDocument document, ISet<string> linked)
    {
        var inserted = new List<TLink>();
        if (!matcher.IsEmpty) LinkBlocks(document, linked, inserted);
        return inserted;
    }

    private void LinkBlocks(ContainerBlock container, ISet<string> linked, List<TLink> inserted)
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

    private void LinkInlines(ContainerInline container, QuoteTracker quotes, ISet<string> linked, List<TLink> inserted)
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

    private void LinkRun(List<Inline> run, QuoteTracker quotes, ISet<string> linked, List<TLink> inserted)
    {
        if (run.Count == 0) return;
        var text = RunText(run);
        var matches = matcher.FindAll(text);
        if (matches.TrueForAll(match => linked.Contains(match.Slug)))
        {
            quotes.Advance(text); // most runs name nothing new: only the quotation state moves on
            return;
        }
        var quoted = quotes.Scan(text);
        var chosen = new List<TermMatch>();
        foreach (var match in matches)
        {
            if (quoted[match.Start] || linked.Contains(match.Slug)) continue;
            linked.Add(match.Slug);
            chosen.Add(match);
        }
        if (chosen.Count == 0) return;

        // New inlines go after the run, then the run goes. Markdig's InsertBefore leaves the inserted
        // inline without its PreviousSibling, so a later pass removing it would cut the paragraph short.
        var cursor = run[^1];
        void Append(Inline inline)
        {
            cursor.InsertAfter(inline);
            cursor = inline;
        }
        var position = 0;
        foreach (var match in chosen)
        {
            if (match.Start > position) Append(new LiteralInline(text[position..match.Start]));
            var label = string.Join(' ', text.Substring(match.Start, match.Length).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
            var inline = link(match, label);
            Append(inline);
            inserted.Add(inline);
            position = match.Start + match.Length;
        }
        if (position < text.Length) Append(new LiteralInline(text[position..]));
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
