namespace Explainer.Checks;

/// <summary>
/// Splits a paragraph's text into sentences. A sentence ends at . ! or ? (and any closing quotation marks or
/// brackets after it) followed by a space and a capital, a digit or an opening mark. It does not end after an
/// abbreviation ("U.S.", "e.g.", "Ph.D.", "Dr."), an initial ("Scott N. Romaniuk"), inside a number ("4.5"), or
/// inside a quotation: a quoted passage of several sentences belongs to the sentence that quotes it.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Titles and other abbreviations that a capitalised name usually follows, so they never end a sentence.</summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Gen", "Col", "Lt", "Capt", "Sgt", "Gov", "Sen", "Rep",
        "Rev", "Hon", "Pres", "No", "Nos", "Vol", "Fig", "vs", "cf", "al", "approx", "ca", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    public static List<(int Start, int End)> Split(string text)
    {
        var quotations = QuotationFinder.Find(text);
        var sentences = new List<(int Start, int End)>();
        var start = SkipSpace(text, 0);
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?')) continue;
            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '”' or '’' or '"' or '\'' or '»' or ')' or ']') end++;
            var next = SkipSpace(text, end);
            if (next == end || next == text.Length || !StartsSentence(text[next])) continue;
            if (quotations.Any(q => q.Encloses(end - 1) && end - 1 != q.Close)) continue;
            if (text[i] == '.' && IsAbbreviation(text, i)) continue;
            sentences.Add((start, end));
            start = next;
            i = next - 1;
        }
        var last = text.Length;
        while (last > start && char.IsWhiteSpace(text[last - 1])) last--;
        if (last > start) sentences.Add((start, last));
        return sentences;
    }

    private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '“' or '"' or '‘' or '\'' or '(' or '[' or '$' or '«';

    /// <summary>Whether the word before a full stop is an abbreviation: one with points inside ("U.S", "e.g"), a single letter, or a known title.</summary>
    private static bool IsAbbreviation(string text, int stop)
    {
        var from = stop;
        while (from > 0 && (char.IsLetter(text[from - 1]) || (text[from - 1] == '.' && from > 1 && char.IsLetter(text[from - 2])))) from--;
        var word = text[from..stop];
        return word.Contains('.') || (word.Length == 1 && char.IsLetter(word[0])) || Abbreviations.Contains(word);
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }
}
