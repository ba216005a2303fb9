using Explainer.Diagnostics;
using Explainer.Markdown;
using Explainer.Model;
using Explainer.Settings;

namespace Explainer.Tests.Support;

/// <summary>
/// The small world every spec example runs in, described at the top of each spec file:
/// two sources, four glossary terms and one discrepancy.
/// </summary>
public static class SpecFixture
{
    public static readonly SourceLibrary Library = new([
        Source("alpha", "Alpha Report", 10),
        Source("beta", "Beta Notes", 3),
    ]);

    public static readonly Glossary Glossary = new([
        new GlossaryTerm("golden-shield", "Golden Shield Project", ["Great Firewall", "Great Firewall of China"], "China's national system for censoring and watching the internet.", []),
        new GlossaryTerm("facial-recognition", "facial recognition", [], "Software that identifies people from images of their faces.", []),
        new GlossaryTerm("artificial-intelligence", "artificial intelligence", ["AI"], "Computer systems that learn patterns from data.", []),
        new GlossaryTerm("huawei", "Huawei", [], "A Chinese telecommunications company.", []),
    ]);

    public static readonly DiscrepancyRegistry Discrepancies = new([
        new Discrepancy("start-year", "when the project began", null, [new Claim("alpha", 2, "in 1994"), new Claim("beta", 1, "in 2000")]),
    ]);

    /// <summary>Renders an example's Markdown; the term page's own slug is given by a first line "&lt;!-- own: slug --&gt;".</summary>
    public static (string Html, List<string> Diagnostics) Render(string markdown)
    {
        var diagnostics = new List<string>();
        string? own = null;
        if (markdown.StartsWith("<!-- own: ", StringComparison.Ordinal))
        {
            var end = markdown.IndexOf("-->", StringComparison.Ordinal);
            own = markdown[10..end].Trim();
            markdown = markdown[(end + 3)..].TrimStart('\n');
        }
        var renderer = new PageMarkdown(Explainer.Model.SiteModel.Of(Glossary, Library, Discrepancies, new SiteUrls(SiteSettings.Default)));
        var rendered = renderer.Render(markdown, (line, column, code, message) =>
            diagnostics.Add($"{code.Id} {line + 1}:{column + 1} {message}"), own);
        return (rendered.Html.ToString().Trim(), diagnostics);
    }

    private static Source Source(string id, string title, int paragraphs) => new(
        new SourceCitation { Id = id, Title = title, Type = "report" },
        Enumerable.Range(1, paragraphs).Select(n => new SourceBlock(n, $"Paragraph {n} of {title}.")).ToList());
}
