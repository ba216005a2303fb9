using System.Globalization;
using System.Text;

namespace Explainer.Checks;

/// <summary>
/// Splits text into the words a reader compares when checking a quotation "word for word": typography,
/// punctuation and whitespace are not wording, so they only separate words.
/// </summary>
internal static class ReaderWords
{
    /// <summary>The words of <paramref name="text"/>.</summary>
    public static List<Word> Of(string text) => Of(text, 0, text.Length);

    /// <summary>The words of text[start..end].</summary>
    public static List<Word> Of(string text, int start, int end)
    {
        var words = new List<Word>();
        var i = start;
        while (i < end)
        {
            if (!IsWordChar(text[i])) { i++; continue; }
            var from = i;
            var spelling = new StringBuilder();
            while (i < end && (IsWordChar(text[i]) || JoinsWord(text, i, end)))
            {
                spelling.Append(IsApostrophe(text[i]) ? '\'' : text[i]);
                i++;
            }
            words.Add(new Word(spelling.ToString(), from, i));
        }
        return words;
    }

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    /// <summary>
    /// An apostrophe between letters belongs to its word ("China’s", "didn't"), as do a comma or point between
    /// digits ("4,300", "4.5"). Hyphens do not: "three-dozen" and "three dozen" read as the same words.
    /// </summary>
    public static bool JoinsWord(string text, int i, int end)
    {
        if (i == 0 || i + 1 >= end) return false;
        var (before, c, after) = (text[i - 1], text[i], text[i + 1]);
        return (IsApostrophe(c) && char.IsLetter(before) && char.IsLetter(after))
            || (c is ',' or '.' && char.IsDigit(before) && char.IsDigit(after));
    }
}
