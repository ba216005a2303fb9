using Explainer.Checks;

namespace Explainer.Tests.Checks;

/// <summary>
/// Test support: the checks run on one paragraph of Markdown whose citations name the given source paragraphs by
/// label: [@reuters-exports, ¶5] cites the paragraph labelled "reuters-exports ¶5", [@x] the one labelled "x".
/// </summary>
public sealed record Checked(string Text, IReadOnlyList<Finding> Findings, CheckTally Tally)
{
    public static Checked Paragraph(string markdown, params (string Label, string Text)[] sources)
    {
        var paragraph = MarkdownProse.Paragraph(markdown, item => Resolve(item, sources));
        var (findings, tally) = EditorialChecks.Check(paragraph);
        return new Checked(paragraph.Text, findings, tally);
    }

    public IEnumerable<Finding> Errors => Findings.Where(f => f.Kind is FindingKind.QuotationNotFound);

    public IEnumerable<Finding> Warnings => Findings.Where(f => f.Kind is FindingKind.FigureNotFound);

    /// <summary>The text each finding points at.</summary>
    public IEnumerable<string> Flagged(FindingKind kind) => Findings.Where(f => f.Kind == kind).Select(f => Text.Substring(f.Offset, f.Length));

    private static IEnumerable<CitedText> Resolve(MarkdownProse.CitedItem item, (string Label, string Text)[] sources)
    {
        var labels = item.From is { } from ? Enumerable.Range(from, (item.To ?? from) - from + 1).Select(n => $"{item.SourceId} ¶{n}") : [item.SourceId];
        return labels.Select(label => sources.Single(s => s.Label == label)).Select(s => new CitedText(s.Label, s.Text));
    }
}
