namespace Explainer.Markdown;

/// <summary>
/// Turns a character offset in a page's Markdown into its 0-based line and column. Markdig's own
/// Line and Column count a tab as up to four columns and drift inside headings underlined with
/// --- or ===; the offsets it records (Span.Start) are exact, so diagnostics are computed from them.
/// </summary>
public sealed class MarkdownPositions(string markdown)
{
    private readonly int[] _lineStarts = LineStarts(markdown);

    public (int Line, int Column) Of(int offset)
    {
        offset = Math.Clamp(offset, 0, Math.Max(0, markdown.Length));
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return (line, offset - _lineStarts[line]);
    }

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        // Line feeds, carriage returns and CR LF pairs all end a line, as they do for Markdig and editors.
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.Length || text[i + 1] != '\n'))) starts.Add(i + 1);
        return [.. starts];
    }
}
