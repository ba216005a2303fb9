namespace Explainer.Checks;

/// <summary>
/// The passage of the cited paragraphs most like a quotation, for the editor to compare with: the stretch of
/// source words with the fewest word edits (changed, missing or extra words) against the quotation's words,
/// widened to the quotation's length when shorter, so a changed last word still shows in its place.
/// </summary>
internal static class ClosestPassage
{
    /// <summary>
    /// The closest passage and the label of its paragraph; null when no cited paragraph shares a third of the
    /// quotation's words in order, since a passage that unlike would mislead more than help.
    /// </summary>
    public static (string Label, string Passage)? Find(IReadOnlyList<string> quoted, IReadOnlyList<CitedText> cited)
    {
        (string Label, string Passage)? best = null;
        var bestEdits = int.MaxValue;
        foreach (var paragraph in cited)
        {
            var words = ReaderWords.Of(paragraph.Text);
            if (words.Count == 0) continue;
            var alignment = WordAlignment.Align(quoted, words);
            if (alignment.Edits >= bestEdits || alignment.Matched * 3 < quoted.Count) continue;
            bestEdits = alignment.Edits;
            var (from, to) = Widened(alignment.From, alignment.To, quoted.Count, words.Count);
            best = (paragraph.Label, Excerpt.Around(paragraph.Text, words, from, to, alignment.FirstDifference));
        }
        return best;
    }

    /// <summary>Widens [from, to) to at least <paramref name="length"/> words, a word to the right then one to the left.</summary>
    private static (int From, int To) Widened(int from, int to, int length, int count)
    {
        while (to - from < length && (from > 0 || to < count))
        {
            if (to < count) to++;
            if (to - from < length && from > 0) from--;
        }
        return (from, to);
    }
}
