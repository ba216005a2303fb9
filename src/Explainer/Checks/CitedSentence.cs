namespace Explainer.Checks;

/// <summary>A sentence of a paragraph, Start..End of its text, with the paragraphs its own citations cite.</summary>
internal sealed record CitedSentence(int Start, int End, IReadOnlyList<CitedText> Cites)
{
    public bool Overlaps(int start, int end) => start < End && end > Start;

    /// <summary>
    /// Each citation belongs to the sentence it ends, whether its marker sat before the full stop or after it: the
    /// last sentence that starts before the marker. A marker inside a sentence belongs to that sentence.
    /// </summary>
    public static List<CitedSentence> Of(ProseParagraph paragraph)
    {
        var spans = SentenceSplitter.Split(paragraph.Text);
        if (spans.Count == 0) return [];
        var cites = spans.Select(_ => new List<CitedText>()).ToList();
        foreach (var citation in paragraph.Citations)
        {
            var owner = spans.FindLastIndex(s => s.Start < citation.Offset);
            cites[Math.Max(owner, 0)].AddRange(citation.Cites);
        }
        return spans.Select((s, i) => new CitedSentence(s.Start, s.End, cites[i])).ToList();
    }
}
