using System.Text;
using System.Text.RegularExpressions;

namespace Explainer.Checks;

/// <summary>
/// Reads a quotation as the words it requires of its source, in order. An ellipsis (… or ...) stands for omitted
/// words, any number of them; a [bracketed] insertion is the editor's own words standing in for a few of the
/// source's (at most its own length plus two); brackets inside a word ("[T]he") free the letters they replace.
/// </summary>
internal static partial class QuotationPattern
{
    public static List<QuotedWord> Parse(string quotation)
    {
        var s = Ellipsis().Replace(quotation, "…");
        var words = new List<QuotedWord>();
        var skip = 0;
        var afterEllipsis = false;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '…')
            {
                (skip, afterEllipsis) = (QuotedWord.AnyNumber, true);
                i++;
            }
            else if (c == '[' && s.IndexOf(']', i) < 0) i++;
            else if (c == '[' && !IsAttached(s, i))
            {
                var close = s.IndexOf(']', i);
                if (skip != QuotedWord.AnyNumber) skip += ReaderWords.Of(s, i + 1, close).Count + 2;
                i = close + 1;
            }
            else if (ReaderWords.IsWordChar(c) || c == '[')
            {
                words.Add(ReadWord(s, ref i, firstLetterFree: words.Count == 0 || afterEllipsis, words.Count == 0 ? 0 : skip));
                (skip, afterEllipsis) = (0, false);
            }
            else i++;
        }
        return words;
    }

    private static QuotedWord ReadWord(string s, ref int i, bool firstLetterFree, int skip)
    {
        var before = new StringBuilder();
        var after = new StringBuilder();
        var bracketed = false;
        while (i < s.Length)
        {
            if (s[i] == '[' && s.IndexOf(']', i) is var close and > 0)
            {
                bracketed = true;
                i = close + 1;
            }
            else if (ReaderWords.IsWordChar(s[i]) || ReaderWords.JoinsWord(s, i, s.Length))
            {
                (bracketed ? after : before).Append(ReaderWords.IsApostrophe(s[i]) ? '\'' : s[i]);
                i++;
            }
            else break;
        }
        return new QuotedWord(before.ToString(), after.ToString(), bracketed, firstLetterFree, skip);
    }

    /// <summary>Whether a bracket touches a word's letters ("[T]he", "organization[s]") rather than standing alone.</summary>
    private static bool IsAttached(string s, int open)
    {
        var close = s.IndexOf(']', open);
        return (open > 0 && ReaderWords.IsWordChar(s[open - 1])) || (close > 0 && close + 1 < s.Length && ReaderWords.IsWordChar(s[close + 1]));
    }

    /// <summary>Three points, spaced or not, and a bracketed ellipsis, all read as one "…".</summary>
    [GeneratedRegex(@"\[\s*(?:…|\.\s?\.\s?\.)\s*\]|\.\s?\.\s?\.")]
    private static partial Regex Ellipsis();
}
