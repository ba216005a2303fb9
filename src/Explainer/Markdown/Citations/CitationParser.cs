using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Explainer.Markdown.Citations;

/// <summary>
/// Parses <c>[@id]</c>, <c>[@id, ¶N]</c>, <c>[@id, ¶N–M]</c> and groups separated by ';'.
/// Text that starts like a citation ("[@") but is not valid becomes a citation node carrying
/// an error, so the build reports it at its line and column instead of silently printing it.
/// </summary>
public sealed class CitationParser : InlineParser
{
    public CitationParser() => OpeningCharacters = ['['];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        var text = slice.Text;
        var start = slice.Start;
        var at = SkipSpaces(text, start + 1, slice.End);
        if (at > slice.End || text[at] != '@') return false;

        var close = text.IndexOf(']', start, slice.End - start + 1);
        var spanStart = processor.GetSourcePosition(start, out var line, out var column);
        if (close < 0)
        {
            var rest = text.AsSpan(start, Math.Min(slice.End - start + 1, 40)).ToString();
            processor.Inline = Node(rest, line, column, spanStart, rest.Length, "citation is never closed with ']'");
            slice.Start = slice.End + 1;
            return true;
        }

        // "[@handle](url)" and "[@x][ref]" are links whose text starts with '@', not citations.
        if (close < slice.End && text[close + 1] is '(' or '[') return false;

        var raw = text.Substring(start, close - start + 1);
        var items = new List<CitationItem>();
        string? error = null;
        var offset = start + 1;
        foreach (var part in text.Substring(start + 1, close - start - 1).Split(';'))
        {
            var itemOffset = processor.GetSourcePosition(offset + LeadingSpaces(part), out _, out _);
            var problem = CitationSyntax.TryParseItem(part, itemOffset, out var item);
            error ??= problem;
            if (item is not null) items.Add(item);
            offset += part.Length + 1;
        }

        var node = Node(raw, line, column, spanStart, raw.Length, error);
        if (error is null) node.Items.AddRange(items);
        processor.Inline = node;
        slice.Start = close + 1;
        return true;
    }

    private static CitationInline Node(string raw, int line, int column, int spanStart, int length, string? error) => new()
    {
        RawText = raw,
        Error = error,
        Line = line,
        Column = column,
        Span = new SourceSpan(spanStart, spanStart + length - 1),
    };

    private static int SkipSpaces(string text, int index, int end)
    {
        while (index <= end && text[index] == ' ') index++;
        return index;
    }

    private static int LeadingSpaces(string part) => part.Length - part.TrimStart().Length;
}
