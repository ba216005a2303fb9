namespace Explainer.Checks;

/// <summary>
/// One word a quotation requires of its source, and how many source words may come before it unquoted:
/// none, a few for an editor's [insertion], or any number after an ellipsis.
/// </summary>
/// <param name="Before">The word, or its letters before an [insertion] within the word ("organization[s]").</param>
/// <param name="After">The letters after an [insertion] within the word ("[T]he" gives "he"); empty otherwise.</param>
/// <param name="Bracketed">Whether part of the word is the editor's insertion, so only the letters around it must match.</param>
/// <param name="FirstLetterFree">Whether the first letter's case is free: at the start of the quotation and after an ellipsis.</param>
/// <param name="MaxSkipBefore">How many source words may lie between the previous quoted word and this one.</param>
internal sealed record QuotedWord(string Before, string After, bool Bracketed, bool FirstLetterFree, int MaxSkipBefore)
{
    public const int AnyNumber = int.MaxValue;

    /// <summary>The word as an editor sees it, for aligning a quotation with the closest passage.</summary>
    public string Spelling => Before + After;

    public bool Matches(string word)
    {
        if (!Bracketed) return SameStart(word, Before, FirstLetterFree) && word.Length == Before.Length;
        return word.Length >= Before.Length + After.Length
            && SameStart(word, Before, FirstLetterFree)
            && word.EndsWith(After, StringComparison.Ordinal);
    }

    private static bool SameStart(string word, string prefix, bool firstLetterFree)
    {
        if (prefix.Length == 0) return true;
        if (word.Length < prefix.Length) return false;
        var first = firstLetterFree ? char.ToLowerInvariant(word[0]) == char.ToLowerInvariant(prefix[0]) : word[0] == prefix[0];
        return first && string.CompareOrdinal(word, 1, prefix, 1, prefix.Length - 1) == 0;
    }
}
