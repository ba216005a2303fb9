namespace Explainer.Checks;

/// <summary>
/// Checks a paragraph of prose against the source paragraphs it cites: every quotation must be there word for
/// word (an error if not), every figure must be there in digits or words (a warning if not).
/// </summary>
/// <remarks>
/// Which paragraphs a passage is checked against follows the sentence it is in: a citation belongs to the sentence
/// it ends (see <see cref="CitedSentence"/>). A quotation is checked against the citations of the sentences it
/// spans, or, if a citation follows its closing mark directly, against that citation alone; in a sentence without
/// citations of its own it is checked against all the paragraph's. A figure is checked against its sentence's
/// citations only, and not at all in a sentence without any, since nothing says which source it comes from.
/// </remarks>
public static class EditorialChecks
{
    public static (IReadOnlyList<Finding> Findings, CheckTally Tally) Check(ProseParagraph paragraph)
    {
        var text = paragraph.Text;
        if (paragraph.Citations.FirstOrDefault(c => c.Offset < 0 || c.Offset > text.Length) is { } outside)
            throw new ArgumentOutOfRangeException(nameof(paragraph), $"a citation at offset {outside.Offset} lies outside the paragraph's {text.Length} characters");
        if (paragraph.Citations.All(c => c.Cites.Count == 0)) return ([], CheckTally.None);
        var sentences = CitedSentence.Of(paragraph);
        var quotations = QuotationFinder.Find(text).Where(q => q.IsQuotation(text)).ToList();
        var (quotationErrors, verified) = CheckQuotations(paragraph, sentences, quotations);
        var (figureWarnings, figures) = CheckFigures(text, sentences, quotations);
        var tally = new CheckTally(quotations.Count, verified, figures, figures - figureWarnings.Count);
        return (quotationErrors.Concat(figureWarnings).OrderBy(f => f.Offset).ToList(), tally);
    }

    private static (List<Finding> Errors, int Verified) CheckQuotations(ProseParagraph paragraph, List<CitedSentence> sentences, List<Quotation> quotations)
    {
        var all = paragraph.Citations.SelectMany(c => c.Cites).Distinct().ToList();
        var errors = quotations
            .Select(q => QuotationCheck.Check(paragraph.Text, q, OwnCitation(paragraph, q) ?? Spanned(sentences, q.Open, q.Close + 1) ?? all))
            .OfType<Finding>()
            .ToList();
        return (errors, quotations.Count - errors.Count);
    }

    /// <summary>The figures of cited sentences, except those inside a quotation: its check already holds them to the source's words.</summary>
    private static (List<Finding> Warnings, int Checked) CheckFigures(string text, List<CitedSentence> sentences, List<Quotation> quotations)
    {
        var scanned = new Dictionary<CitedText, List<Figure>>();
        var figures = FigureScanner.Scan(text)
            .Where(f => f.Counts && !quotations.Any(q => q.Open <= f.Start && f.End <= q.Close + 1))
            .Select(f => (Figure: f, Cites: sentences.LastOrDefault(s => s.Start <= f.Start)?.Cites ?? []))
            .Where(x => x.Cites.Count > 0)
            .ToList();
        var warnings = figures.Select(x => FigureCheck.Check(x.Figure, x.Cites, FiguresOf)).OfType<Finding>().ToList();
        return (warnings, figures.Count);

        List<Figure> FiguresOf(CitedText cited) =>
            scanned.TryGetValue(cited, out var found) ? found : scanned[cited] = FigureScanner.Scan(cited.Text);
    }

    /// <summary>The citation right after a quotation's closing mark, with nothing but punctuation between: the quotation's own source.</summary>
    private static IReadOnlyList<CitedText>? OwnCitation(ProseParagraph paragraph, Quotation quotation) =>
        paragraph.Citations.FirstOrDefault(c => c.Offset > quotation.Close
            && paragraph.Text[(quotation.Close + 1)..c.Offset].All(ch => !ReaderWords.IsWordChar(ch) && ch is not ('“' or '"' or '‘')))?.Cites;

    private static IReadOnlyList<CitedText>? Spanned(List<CitedSentence> sentences, int start, int end)
    {
        var cites = sentences.Where(s => s.Overlaps(start, end)).SelectMany(s => s.Cites).Distinct().ToList();
        return cites.Count > 0 ? cites : null;
    }
}
