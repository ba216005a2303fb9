using Explainer.Checks;
using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Settings;

namespace Explainer.Stages;

/// <summary>
/// Reports what the editorial checks found on a page, at its line and column: a quotation not in
/// the cited paragraphs is an error; a figure they do not give and a paragraph without a citation
/// are warnings, or errors when the settings say so (<c>FigureCheck</c>, <c>UncitedProseCheck</c>).
/// Uncited prose is looked for on the pages that state facts: topics, countries, glossary entries.
/// </summary>
public static class EditorialDiagnostics
{
    public static void Report(EditorialReview review, string body, int bodyLine, string file, string kind, SiteSettings settings, DiagnosticBag diagnostics)
    {
        var uncited = kind is ContentKinds.Topic or ContentKinds.Term or ContentKinds.Country && settings.UncitedProseCheck != "off"
            ? review.Uncited.Where(u => u.Length >= settings.UncitedProseLength).ToList()
            : [];
        if (review.Findings.Count == 0 && uncited.Count == 0) return;
        var positions = new MarkdownPositions(body);
        SourcePosition At(int offset)
        {
            var (line, column) = positions.Of(offset);
            return new SourcePosition(file, bodyLine + line, column + 1);
        }
        foreach (var finding in review.Findings)
        {
            var error = finding.Kind == FindingKind.QuotationNotFound || settings.FigureCheck == "error";
            var code = finding.Kind == FindingKind.QuotationNotFound ? ErrorCodes.QuotationNotFound : ErrorCodes.FigureNotFound;
            diagnostics.Add(new Diagnostic(file, At(finding.Offset).Line, At(finding.Offset).Column, code, finding.Message, error ? Severity.Error : Severity.Warning));
        }
        foreach (var paragraph in uncited)
        {
            var at = At(paragraph.Offset);
            diagnostics.Add(new Diagnostic(file, at.Line, at.Column, ErrorCodes.UncitedProse,
                $"this paragraph of {paragraph.Length} characters cites no source paragraph; cite the paragraph each factual sentence rests on",
                settings.UncitedProseCheck == "error" ? Severity.Error : Severity.Warning));
        }
    }
}
