namespace Explainer.Checks;

/// <summary>Whether a quotation's words appear, in order and with only the gaps it allows, in a source paragraph.</summary>
internal static class QuotationMatcher
{
    public static bool IsIn(IReadOnlyList<QuotedWord> quotation, IReadOnlyList<Word> paragraph)
    {
        if (quotation.Count == 0) return true;
        // failed[k, p]: quoted word k cannot be matched at paragraph word p or later within its gap; remembered so
        // that several ellipses cannot make the search exponential.
        var failed = new bool[quotation.Count, paragraph.Count + 1];
        for (var start = 0; start < paragraph.Count; start++)
            if (quotation[0].Matches(paragraph[start].Text) && MatchesFrom(1, start + 1)) return true;
        return false;

        bool MatchesFrom(int k, int position)
        {
            if (k == quotation.Count) return true;
            if (failed[k, position]) return false;
            var word = quotation[k];
            var lastSkip = word.MaxSkipBefore == QuotedWord.AnyNumber ? paragraph.Count : Math.Min(paragraph.Count, position + word.MaxSkipBefore);
            for (var p = position; p < paragraph.Count && p <= lastSkip; p++)
                if (word.Matches(paragraph[p].Text) && MatchesFrom(k + 1, p + 1)) return true;
            failed[k, position] = true;
            return false;
        }
    }
}
