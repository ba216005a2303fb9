namespace Explainer.Checks;

/// <summary>Verifies one quotation against the paragraphs it is checked against, word for word as a reader compares.</summary>
internal static class QuotationCheck
{
    /// <summary>Null when the quotation is in one of the cited paragraphs; otherwise the error at its opening mark.</summary>
    public static Finding? Check(string text, Quotation quotation, IReadOnlyList<CitedText> cited)
    {
        var pattern = QuotationPattern.Parse(quotation.Inner(text));
        if (cited.Any(paragraph => QuotationMatcher.IsIn(pattern, ReaderWords.Of(paragraph.Text)))) return null;
        var message = $"quotation “{Excerpt.Start(quotation.Inner(text))}” is not in the cited paragraphs ({Labels.Of(cited)})";
        var closest = ClosestPassage.Find(pattern.Select(word => word.Spelling).ToList(), cited);
        message += closest switch
        {
            null => "; none of them has a passage like it",
            var (_, passage) when cited.Count == 1 => $"; the closest passage is “{passage}”",
            var (label, passage) => $"; the closest passage is “{passage}” ({label})",
        };
        return new Finding(FindingKind.QuotationNotFound, quotation.Open, quotation.Length, message);
    }
}
