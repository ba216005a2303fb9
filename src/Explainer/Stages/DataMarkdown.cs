using Explainer.Checks;
using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Model;
using Explainer.Settings;

namespace Explainer.Stages;

/// <summary>
/// Checks Markdown written inside a YAML data file (a discrepancy's note, a timeline event's
/// text): its citations must name real sources and paragraphs, and its quotations and figures must
/// be in the paragraphs it cites, reported at their place in the data file. Pages that show the
/// text later do not report it again.
/// </summary>
public static class DataMarkdown
{
    /// <param name="at">Where the value starts in the data file.</param>
    public static void Check(string markdown, SourcePosition at, string fileText, SourceLibrary library, DiagnosticBag diagnostics, SiteSettings settings)
    {
        // A quoted value's text starts one column after its quotation mark.
        var lines = fileText.Split('\n');
        if (at.Line - 1 < lines.Length && at.Column - 1 < lines[at.Line - 1].Length && lines[at.Line - 1][at.Column - 1] is '"' or '\'')
            at = at with { Column = at.Column + 1 };
        var positions = new MarkdownPositions(markdown);
        var document = PageMarkdown.Parse(markdown, (_, code, message) => diagnostics.Error(at, code, message));
        if (document is null) return;
        SourcePosition Place(int offset)
        {
            var (line, column) = positions.Of(offset);
            return line == 0 ? at with { Column = at.Column + column } : at with { Line = at.Line + line, Column = column + 1 };
        }
        var problems = diagnostics.ErrorCount;
        CitationResolver.Resolve(document, library, (offset, code, message) => diagnostics.Error(Place(offset), code, message));
        if (diagnostics.ErrorCount > problems) return; // checks against paragraphs that do not exist would only repeat the problem
        foreach (var finding in EditorialReview.Of(document, library).Findings)
        {
            var error = finding.Kind == FindingKind.QuotationNotFound || settings.FigureCheck == "error";
            var place = Place(finding.Offset);
            diagnostics.Add(new Diagnostic(place.Path, place.Line, place.Column,
                finding.Kind == FindingKind.QuotationNotFound ? ErrorCodes.QuotationNotFound : ErrorCodes.FigureNotFound, finding.Message, error ? Severity.Error : Severity.Warning));
        }
    }
}
