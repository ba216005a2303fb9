namespace Explainer.Model;

/// <summary>One occurrence of a name (a glossary term's, a country's) in a text.</summary>
public readonly record struct TermMatch(int Start, int Length, string Slug);

/// <summary>
/// Finds names in text: whole words only (in scripts written with spaces), leftmost-longest, so
/// "Great Firewall of China" wins over "Great Firewall". The names are a trie over case-folded
/// characters, walked from each place a word starts: most words leave the trie at their first or
/// second letter, so a page costs about one look-up per word, not one per character. A name written only in capitals (an acronym such as "AI") matches only in
/// capitals; proper names (countries) can be made to match only as written.
/// Knows nothing of Markdown or HTML.
/// </summary>
public sealed class TermMatcher
{
    private readonly record struct Pattern(string Text, string Slug, bool CaseSensitive);

    private readonly List<Pattern> _patterns = [];
    private readonly Dictionary<long, int> _next = [];
    /// <summary>For each state of the trie, the names that end there (in the order given).</summary>
    private readonly List<List<int>?> _ends = [null];
    private readonly int[] _rootNext = new int[char.MaxValue + 1];
    /// <summary>Every name matches only as written: the trie keeps capitals, so a word in small letters leaves it at once.</summary>
    private readonly bool _matchCase;

    public static readonly TermMatcher Empty = new([]);

    /// <param name="names">Each name to find and the slug of what it names.</param>
    /// <param name="matchCase">Every name matches only as written ("Turkey", not "turkey").</param>
    public TermMatcher(IEnumerable<(string Name, string Slug)> names, bool matchCase = false)
    {
        _matchCase = matchCase;
        foreach (var (name, slug) in names)
        {
            var text = name.Trim();
            if (text.Length == 0) continue;
            // With matchCase the trie itself keeps capitals; otherwise an acronym is checked as written.
            var caseSensitive = !matchCase && text.Any(char.IsUpper) && !text.Any(char.IsLower);
            _patterns.Add(new Pattern(text, slug, caseSensitive));
            AddToTrie(new string(text.Select(Fold).ToArray()), _patterns.Count - 1);
        }
    }

    public bool IsEmpty => _patterns.Count == 0;

    /// <summary>Non-overlapping whole-word matches in order, preferring the leftmost and then the longest.</summary>
    public List<TermMatch> FindAll(ReadOnlySpan<char> text)
    {
        var matches = new List<TermMatch>();
        if (_patterns.Count == 0) return matches;
        var start = 0;
        while (start < text.Length)
        {
            // Most characters start no name at all: that look-up comes before the word-boundary test.
            if (_rootNext[Fold(text[start])] != 0 && (start == 0 || !IsWordChar(text[start - 1])) && Longest(text, start) is { } match)
            {
                matches.Add(match);
                start += match.Length;
            }
            else start++;
        }
        return matches;
    }

    /// <summary>The longest name that starts at <paramref name="start"/> and ends where a word does.</summary>
    private TermMatch? Longest(ReadOnlySpan<char> text, int start)
    {
        TermMatch? longest = null;
        var state = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = Fold(text[i]);
            state = state == 0 ? _rootNext[c] : _next.GetValueOrDefault(Key(state, c));
            if (state == 0) break;
            if (_ends[state] is not { } ends) continue;
            var length = i - start + 1;
            if (start + length < text.Length && IsWordChar(text[start + length])) continue;
            foreach (var index in ends)
            {
                var pattern = _patterns[index];
                if (pattern.CaseSensitive && !SameSpelling(text.Slice(start, length), pattern.Text)) continue;
                longest = new TermMatch(start, length, pattern.Slug);
                break;
            }
        }
        return longest;
    }

    // Capitals as written; line breaks and typographic apostrophes as the trie treats them.
    private static bool SameSpelling(ReadOnlySpan<char> text, string name)
    {
        if (text.Length != name.Length) return false;
        for (var i = 0; i < text.Length; i++)
            if (FoldSpacing(text[i]) != FoldSpacing(name[i])) return false;
        return true;
    }

    private void AddToTrie(string folded, int patternIndex)
    {
        var state = 0;
        foreach (var c in folded)
        {
            var existing = state == 0 ? _rootNext[c] : _next.GetValueOrDefault(Key(state, c));
            if (existing == 0)
            {
                existing = _ends.Count;
                _ends.Add(null);
                if (state == 0) _rootNext[c] = existing; else _next[Key(state, c)] = existing;
            }
            state = existing;
        }
        (_ends[state] ??= []).Add(patternIndex);
    }

    // Chinese and Japanese are written without spaces between words, so their characters never join
    // a match to its neighbours: a term is found inside a run of Han or kana text.
    private static bool IsWordChar(char c) => (char.IsLetterOrDigit(c) || c == '_') && !IsUnspacedScript(c);

    private static bool IsUnspacedScript(char c) =>
        c is >= '\u3040' and <= '\u30FF'   // Hiragana, Katakana
          or >= '\u3400' and <= '\u4DBF'   // CJK Extension A
          or >= '\u4E00' and <= '\u9FFF'   // CJK Unified Ideographs
          or >= '\uF900' and <= '\uFAFF';  // CJK Compatibility Ideographs

    private static long Key(int state, char c) => ((long)state << 16) | c;

    private char Fold(char c) => _matchCase ? FoldSpacing(c) : FoldChar(c);

    /// <summary>Case-folds and treats typographic apostrophes and any whitespace alike.</summary>
    private static char FoldChar(char c) => char.ToLowerInvariant(FoldSpacing(c));

    /// <summary>Treats typographic apostrophes and any whitespace alike.</summary>
    private static char FoldSpacing(char c) => c switch
    {
        '\u2019' or '\u2018' => '\'',
        '\n' or '\r' or '\t' or '\u00A0' => ' ',
        _ => c,
    };
}
