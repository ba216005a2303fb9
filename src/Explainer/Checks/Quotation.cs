namespace Explainer.Checks;

/// <summary>A passage in quotation marks: the positions of its opening and closing marks in the paragraph's text.</summary>
internal sealed record Quotation(int Open, int Close)
{
    public int InnerStart => Open + 1;

    public int InnerEnd => Close;

    public int Length => Close + 1 - Open;

    public string Inner(string text) => text[InnerStart..InnerEnd];

    /// <summary>Whether a position lies inside the marks, so a sentence cannot end there.</summary>
    public bool Encloses(int position) => position > Open && position <= Close;

    /// <summary>
    /// Three words or more, counted as a reader counts them (between spaces, "weeks-long" is one word): a word or
    /// two in quotation marks is a scare quote or a term being named, not a claim about the source's wording.
    /// </summary>
    public bool IsQuotation(string text) =>
        Inner(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(chunk => chunk.Any(char.IsLetterOrDigit)) >= 3;
}
