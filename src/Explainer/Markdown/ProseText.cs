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
    /// <summary>A stretch of the text copied from one place in the Markdown.</summary>
    private readonly record struct Run(int TextStart, int SourceStart, bool Own);

    [ThreadStatic]
    private static StringBuilder? _scratch;

    // The text is gathered in room the thread keeps: a paragraph is finished before the next one starts.
    private readonly StringBuilder _text = (_scratch ??= new StringBuilder(1024)).Clear();
    private readonly List<Run> _runs = [];
    private readonly List<(int Offset, CitationInline Citation)> _citations = [];
    private bool[] _own = [];

    private ProseText() { }

    public string Text { get; private set; } = "";

    /// <summary>For each character, whether it is the author's own prose.</summary>
    public IReadOnlyList<bool> Own => _own;

    /// <summary>Each citation marker and the offset in <see cref="Text"/> where it stands.</summary>
    public IReadOnlyList<(int Offset, CitationInline Citation)> Citations => _citations;

    /// <summary>The offset in the Markdown of the character at <paramref name="index"/> of <see cref="Text"/> (the last one's, past the end); -1 for an empty text.</summary>
    public int SourceOffset(int index)
    {
        if (Text.Length == 0) return -1;
        index = Math.Clamp(index, 0, Text.Length - 1);
        var run = _runs[FindRun(index)];
        return run.SourceStart + index - run.TextStart;
    }

    private int FindRun(int index)
    {
        var (low, high) = (0, _runs.Count - 1);
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_runs[middle].TextStart <= index) low = middle; else high = middle - 1;
        }
        return low;
    }

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
                    prose.Finish();
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
        if (text.Length == 0) return;
        _runs.Add(new Run(_text.Length, sourceStart, own));
        _text.Append(text);
    }

    private void Finish()
    {
        Text = _text.ToString();
        _own = new bool[Text.Length];
        for (var r = 0; r < _runs.Count; r++)
        {
            var end = r + 1 < _runs.Count ? _runs[r + 1].TextStart : Text.Length;
            if (_runs[r].Own) _own.AsSpan(_runs[r].TextStart, end - _runs[r].TextStart).Fill(true);
        }
        // Quoted words are the source's, not the author's.
        new QuoteTracker().Unmark(Text, _own);
    }
}
