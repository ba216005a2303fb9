using Explainer.Checks;
using Explainer.Tests.Support;

namespace Explainer.Tests.Checks;

/// <summary>The checks over the real site's prose: nothing flagged, much checked, and every planted mistake caught.</summary>
public sealed class RealContentChecksTests(RealSiteBuild build) : IClassFixture<RealSiteBuild>
{
    private readonly BuiltSources _sources = new(build);

    [Fact]
    public void The_real_sites_quotations_and_figures_are_all_in_the_paragraphs_they_cite()
    {
        var findings = RealProse.All(_sources)
            .SelectMany(p => EditorialChecks.Check(p.Paragraph).Findings.Select(f => Describe(p, f)))
            .ToList();
        Assert.True(findings.Count == 0, $"{findings.Count} findings:\n" + string.Join("\n", findings));
    }

    [Fact]
    public void The_checks_cover_the_real_sites_quotations_and_figures()
    {
        var tally = RealProse.All(_sources).Aggregate(CheckTally.None, (sum, p) => sum + EditorialChecks.Check(p.Paragraph).Tally);
        TestContext.Current.SendDiagnosticMessage($"real site: {tally}");
        Assert.True(tally.Quotations >= 40 && tally.Figures >= 100, tally.ToString());
    }

    [Theory]
    [InlineData("topics/how-the-model-spreads.md", "from 36 of the 65", "from 35 of the 65", FindingKind.FigureNotFound, "35")]
    [InlineData("topics/africa.md", "$126 million", "$162 million", FindingKind.FigureNotFound, "$162 million")]
    [InlineData("topics/africa.md", "fewer than 20%", "fewer than 25%", FindingKind.FigureNotFound, "25%")]
    [InlineData("topics/africa.md", "in March 2018", "in May 2018", FindingKind.FigureNotFound, "May 2018")]
    [InlineData("topics/africa.md", "Ethiopia in 2000", "Ethiopia in 2001", FindingKind.FigureNotFound, "2001")]
    [InlineData("topics/africa.md", "among thirteen countries", "among fourteen countries", FindingKind.FigureNotFound, "fourteen")]
    [InlineData("glossary/ecu-911.md", "more than 4,300", "more than 4,200", FindingKind.FigureNotFound, "4,200")]
    [InlineData("glossary/freedom-house.md", "eighth year", "ninth year", FindingKind.FigureNotFound, "ninth")]
    [InlineData("glossary/entity-list.md", "another twenty-eight", "another twenty-six", FindingKind.FigureNotFound, "twenty-six")]
    [InlineData("topics/africa.md", "“China's initial AI project in Africa”", "“China's first AI project in Africa”", FindingKind.QuotationNotFound, "“China's first AI project in Africa”")]
    [InlineData("topics/rights-at-stake.md", "“It's not just the liberty", "“It's just the liberty", FindingKind.QuotationNotFound, "“It's just the liberty of people in China at stake — it is the liberty of people across the globe”")]
    [InlineData("topics/the-model-at-home.md", "“pervasive Internet censorship”", "“pervasive internet censorship”", FindingKind.QuotationNotFound, "“pervasive internet censorship”")]
    [InlineData("topics/the-model-at-home.md", "“a taste of what is to come” [@orwellian-drive, ¶8]", "“a taste of what is to come” [@orwellian-drive, ¶7]", FindingKind.QuotationNotFound, "“a taste of what is to come”")]
    [InlineData("topics/how-the-model-spreads.md", "“opening wedge for censorship”", "“opening wedge for repression”", FindingKind.QuotationNotFound, "“opening wedge for repression”")]
    public void Every_mistake_planted_in_the_real_content_is_caught(string file, string original, string planted, FindingKind kind, string flagged)
    {
        var paragraphs = RealProse.Page(file, _sources.Resolve, text =>
        {
            Assert.Contains(original, text);
            var at = text.IndexOf(original, StringComparison.Ordinal);
            return text[..at] + planted + text[(at + original.Length)..];
        });
        var caught = paragraphs
            .SelectMany(p => EditorialChecks.Check(p.Paragraph).Findings.Select(f => (Finding: f, Text: p.Paragraph.Text.Substring(f.Offset, f.Length))))
            .ToList();
        Assert.Contains(caught, c => c.Finding.Kind == kind && c.Text == flagged);
        Assert.Single(caught);
    }

    private static string Describe(RealProse.Located located, Finding finding)
    {
        var text = located.Paragraph.Text;
        var from = Math.Max(0, finding.Offset - 60);
        var to = Math.Min(text.Length, finding.Offset + finding.Length + 60);
        return $"{located.File}: {finding.Kind}: {finding.Message}\n    …{text[from..to]}…";
    }
}
