using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Model;

namespace Explainer.Stages;

/// <summary>
/// Checks Markdown written inside a YAML data file (a discrepancy's note, a timeline event's
/// text): its citations must name real sources and paragraphs, reported at their place in the
/// data file. Pages that show the text later do not report it again.
/// </summary>
public static class DataMarkdown
{
    /// <param name="at">Where the value starts in the data file.</param>
    public static void Check(string markdown, SourcePosition at, string fileText, SourceLibrary library, DiagnosticBag diagnostics)
    {
        // A quoted value's text starts one column after its quotation mark.
        var lines = fileText.Split('\n');
        if (at.Line - 1 < lines.Length && at.Column - 1 < lines[at.Line - 1].Length && lines[at.Line - 1][at.Column - 1] is '"' or '\'')
            at = at with { Column = at.Column + 1 };
        var positions = new MarkdownPositions(markdown);
        var document = PageMarkdown.Parse(markdown, (_, code, message) => diagnostics.Error(at, code, message));
        if (document is null) return;
        CitationResolver.Resolve(document, library, (offset, code, message) =>
        {
            var (line, column) = positions.Of(offset);
            diagnostics.Error(line == 0 ? at with { Column = at.Column + column } : at with { Line = at.Line + line, Column = column + 1 }, code, message);
        });
    }
}
