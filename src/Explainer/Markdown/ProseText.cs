using System.Runtime.InteropServices;
using System.Text;
using Explainer.Markdown.Citations;
using Explainer.Markdown.Shortcodes;
using Explainer.Markdown.TermLinks;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Markdown;

/// <summary>
/// One paragraph of a page's prose as a reader reads it: its plain text, where each citation
/// marker sits in that text, which characters are the author's own words (not link text, code or
/// quotations), and where each character came from in the Markdown, for diagnostics.
/// Headings, code, raw HTML, block quotes and shortcodes are not prose.
/// </summary>
public sealed class ProseText
{
    private readonly StringBuilder _text = new();
    private readonly List<bool> _own = [];
    private readonly List<int> _offsets = [];
    private readonly List<(int Offset, CitationInline Citation)> _citations = [];

    private ProseText() { }

    public string Text { get; private set; } = "";

    /// <summary>For each character, whether it is the author's own prose.</summary>
    public IReadOnlyList<bool> Own => _own;

    /// <summary>For each character, its offset in the Markdown text.</summary>
    public IReadOnlyList<int> SourceOffsets => _offsets;

    /// <summary>Each citation marker and the offset in <see cref="Text"/> where it stands.</summary>
    public IReadOnlyList<(int Offset, CitationInline Citation)> Citations => _citations;

    /// <summary>Every prose paragraph of a page (including those inside lists), in order.</summary>
    public static IEnumerable<ProseText> Of(ContainerBlock container)
    {
        foreach (var block in container)
        {
            switch (block)
            {
                case HeadingBlock or CodeBlock or HtmlBlock or QuoteBlock or ShortcodeBlock:
                    continue;
                case LeafBlock { Inline: { } inline }:
                    var prose = new ProseText();
                    prose.Add(inline, own: true);
                    prose.Text = prose._text.ToString();
                    prose.MarkQuotations();
                    yield return prose;
                    break;
                case ContainerBlock child:
                    foreach (var paragraph in Of(child)) yield return paragraph;
                    break;
            }
        }
    }

    private void Add(ContainerInline container, bool own)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case LiteralInline literal:
                    Append(literal.Content.AsSpan(), literal.Span.Start, own);
                    break;
                case LineBreakInline lineBreak:
                    Append(" ", lineBreak.Span.Start, own);
                    break;
                case CodeInline code:
                    Append(code.Content, code.Span.Start, own: false);
                    break;
                case TermLinkInline term:
                    Append(term.Label ?? "", term.Span.Start, own: false);
                    break;
                case CitationInline citation:
                    _citations.Add((_text.Length, citation));
                    break;
                case LinkInline link:
                    Add(link, own: false);
                    break;
                case ContainerInline nested:
                    Add(nested, own);
                    break;
            }
        }
    }

    private void Append(ReadOnlySpan<char> text, int sourceStart, bool own)
    {
        _text.Append(text);
        var at = _own.Count;
        CollectionsMarshal.SetCount(_own, at + text.Length);
        CollectionsMarshal.AsSpan(_own)[at..].Fill(own);
        CollectionsMarshal.SetCount(_offsets, at + text.Length);
        var offsets = CollectionsMarshal.AsSpan(_offsets)[at..];
        for (var i = 0; i < offsets.Length; i++) offsets[i] = sourceStart + i;
    }

    // Quoted words are the source's, not the author's.
    private void MarkQuotations()
    {
        var quoted = new QuoteTracker().Scan(Text);
        for (var i = 0; i < quoted.Length; i++)
            if (quoted[i]) _own[i] = false;
    }
}
