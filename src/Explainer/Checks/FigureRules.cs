using System.Text.RegularExpressions;

namespace Explainer.Checks;

/// <summary>
/// Which numbers in prose count as figures to check against the sources. The rules keep out numbers that are
/// not claims about a source, so that every warning is worth an editor's time.
/// </summary>
internal static partial class FigureRules
{
    /// <summary>Whether a number written in digits counts as a figure.</summary>
    public static bool CountsDigits(string text, int start, int end)
    {
        var before = start > 0 ? text[start - 1] : ' ';
        var after = end < text.Length ? text[end] : ' ';
        // Part of a name or code: "5G", "G20", "ECU-911", "COVID-19". The name is the fact, not the number in it.
        if (char.IsLetter(after) || char.IsLetterOrDigit(before)) return false;
        if (before == '-' && start > 1 && char.IsLetter(text[start - 2])) return false;
        // The number of a name: "Made in China 2025", "Vision 2030", "Section 304". Only a year-like number after a
        // capitalised word, or a number after a word that numbers things, reads so: "gave Ecuador 4,300 cameras" is a figure.
        if (before == ' ' && CapitalisedWordBefore(text, start - 1) is { } name && (IsYearLike(text, start, end) || NumberingWords.Contains(name))) return false;
        // A paragraph reference ("¶5") points at a source; it says nothing the source must say.
        var preceding = text.AsSpan(0, start).TrimEnd();
        if (preceding.EndsWith("¶") || preceding.EndsWith("§")) return false;
        // List numbering: "1." or "2)" opening the paragraph.
        if (preceding.IsEmpty && after is '.' or ')' && (end + 1 >= text.Length || char.IsWhiteSpace(text[end + 1]))) return false;
        return true;
    }

    /// <summary>
    /// Whether a number written in words counts as a figure. "one" never does on its own ("one of the", "no one",
    /// "One Belt One Road"), nor a bare scale word ("a dozen", "a million"): those are manners of speaking. Small
    /// counts, two to ten, are the editor's own counting ("the two reports", "five documents") far more often than
    /// a source's figure, so they count only when they measure time or distance ("two years", "ten days"); ordinal
    /// words likewise ("the eighth year", but not "the third person" or "the first is that"). Numbers from eleven
    /// up ("thirteen", "thirty-six") and scaled ones ("three dozen", "three million") always count. Plural scale
    /// words ("dozens of", "millions of") are no numbers at all: they are not in <see cref="NumberWords"/>.
    /// </summary>
    public static bool CountsWords(string text, int end, IReadOnlyList<string> words, decimal value)
    {
        if (NumberWords.IsScale(words[0])) return false;
        if (words.Any(NumberWords.IsScale)) return true;
        if (NumberWords.IsOrdinal(words[^1]) || value < 11) return value > 1 && MeasuresTime(text, end);
        return true;
    }

    private static bool MeasuresTime(string text, int end) => TimeUnit().IsMatch(text, end);

    /// <summary>The capitalised word just before a space, unless it opens a sentence ("In 2017" is no name).</summary>
    private static string? CapitalisedWordBefore(string text, int space)
    {
        var from = space;
        while (from > 0 && char.IsLetter(text[from - 1])) from--;
        if (from == space || !char.IsUpper(text[from])) return null;
        var previous = from - 1;
        while (previous >= 0 && char.IsWhiteSpace(text[previous])) previous--;
        return previous >= 0 && text[previous] is not ('.' or '!' or '?' or ':' or '“' or '"' or '(' or '‘') ? text[from..space] : null;
    }

    private static bool IsYearLike(string text, int start, int end) => end - start == 4 && text.AsSpan(start, 4).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>Words that number the parts of laws, documents and products.</summary>
    private static readonly HashSet<string> NumberingWords = new(StringComparer.Ordinal)
    {
        "Article", "Section", "Chapter", "Clause", "Part", "Title", "Rule", "Resolution", "Amendment", "Annex", "Paragraph",
        "Phase", "Stage", "Level", "Version", "Model", "Windows", "Vision", "Agenda", "Plan", "Directive", "Regulation",
    };

    [GeneratedRegex(@"\G[\s-]+(?:(?:consecutive|straight|successive|full)\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|century|centuries|miles?|kilomet(?:re|er)s?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TimeUnit();
}
