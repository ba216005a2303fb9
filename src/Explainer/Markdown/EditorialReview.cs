using Explainer.Checks;
using Explainer.Markdown.Citations;
using Explainer.Model;
using Markdig.Syntax;

namespace Explainer.Markdown;

/// <summary>A problem the editorial checks found, at a character offset of the page's Markdown.</summary>
public sealed record EditorialFinding(int Offset, FindingKind Kind, string Message);

/// <summary>A paragraph of prose with no citation, at a character offset of the page's Markdown, and its length.</summary>
public sealed record UncitedParagraph(int Offset, int Length);

/// <summary>
/// What the editorial checks found on one page: quotations not in the paragraphs they cite,
/// figures the cited paragraphs do not give, prose paragraphs without a citation, and how much was
/// checked. Pure: the Markdown stage decides which findings are errors and which warnings.
/// </summary>
public sealed record EditorialReview(IReadOnlyList<EditorialFinding> Findings, IReadOnlyList<UncitedParagraph> Uncited, int Paragraphs, int CitedParagraphs, CheckTally Tally)
{
    public static readonly EditorialReview None = new([], [], 0, 0, CheckTally.None);

    /// <param name="until">Paragraphs starting at or after this offset were written by the build, not by an editor, and are not checked.</param>
    public static EditorialReview Of(MarkdownDocument document, SourceLibrary library, int until = int.MaxValue) =>
        Of(ProseText.Of(document).ToList(), library, until);

    /// <param name="page">The page's prose (<see cref="ProseText.Of"/>).</param>
    /// <param name="until">Paragraphs starting at or after this offset were written by the build, not by an editor, and are not checked.</param>
    public static EditorialReview Of(IReadOnlyList<ProseText> page, SourceLibrary library, int until = int.MaxValue)
    {
        var findings = new List<EditorialFinding>();
        var uncited = new List<UncitedParagraph>();
        var (paragraphs, cited, tally) = (0, 0, CheckTally.None);
        foreach (var prose in page)
        {
            var length = prose.Text.AsSpan().Trim().Length;
            if (length == 0 || prose.SourceOffset(0) >= until) continue;
            paragraphs++;
            var citations = prose.Citations.Count == 0 ? [] : prose.Citations.Where(c => !c.Citation.FromData && c.Citation.Error is null).ToList();
            if (citations.Count == 0)
            {
                if (!MostlyLinks(prose)) uncited.Add(new UncitedParagraph(prose.SourceOffset(0), length));
                continue;
            }
            cited++;
            var paragraph = new ProseParagraph(prose.Text, citations.Select(c => new ProseCitation(c.Offset, CitedTexts.Of(c.Citation, library))).ToList());
            var (found, counted) = EditorialChecks.Check(paragraph);
            tally += counted;
            findings.AddRange(found.Select(f => new EditorialFinding(prose.SourceOffset(f.Offset), f.Kind, f.Message)));
        }
        return new EditorialReview(findings, uncited, paragraphs, cited, tally);
    }

    // A paragraph that is mostly links ("See also: the series, the glossary") is navigation, not a claim.
    private static bool MostlyLinks(ProseText prose)
    {
        var (letters, linked) = (0, 0);
        for (var i = 0; i < prose.Text.Length; i++)
        {
            if (!char.IsLetterOrDigit(prose.Text[i])) continue;
            letters++;
            if (!prose.Own[i]) linked++;
        }
        return letters > 0 && linked * 2 >= letters;
    }
}
