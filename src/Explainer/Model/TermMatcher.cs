namespace Explainer.Model;

/// <summary>One occurrence of a name (a glossary term's, a country's) in a text.</summary>
public readonly record struct TermMatch(int Start, int Length, string Slug);

/// <summary>
/// Finds names in text in one pass (Aho-Corasick over case-folded characters): whole words only
/// (in scripts written with spaces), leftmost-longest, so "Great Firewall of China" wins over
/// "Great Firewall". A name written only in capitals (an acronym such as "AI") matches only in
/// capitals; proper names (countries) can be made to match only as written.
/// Knows nothing of Markdown or HTML.
/// </summary>
public sealed class TermMatcher
{
    private readonly record struct Pattern(string Text, string Slug, bool CaseSensitive);

    private readonly List<Pattern> _patterns = [];
    private readonly Dictionary<long, int> _next = [];
    private readonly List<int> _fail = [0];
    private readonly List<List<int>?> _outputs = [null];
    private readonly int[] _rootNext = new int[char.MaxValue + 1];

    public static readonly TermMatcher Empty = new([]);

    /// <param name="names">Each name to find and the slug of what it names.</param>
    /// <param name="matchCase">Every name matches only as written ("Turkey", not "turkey").</param>
    public TermMatcher(IEnumerable<(string Name, string Slug)> names, bool matchCase = false)
    {
        foreach (var (name, slug) in names)
        {
            var text = name.Trim();
            if (text.Length == 0) continue;
            var caseSensitive = matchCase || (text.Any(char.IsUpper) && !text.Any(char.IsLower));
            _patterns.Add(new Pattern(text, slug, caseSensitive));
            AddToTrie(Fold(text), _patterns.Count - 1);
        }
        BuildFailureLinks();
    }

    public bool IsEmpty => _patterns.Count == 0;

    /// <summary>Non-overlapping whole-word matches in order, preferring the leftmost and then the longest.</summary>
    public List<TermMatch> FindAll(ReadOnlySpan<char> text)
    {
        var candidates = new List<TermMatch>();
        if (_patterns.Count == 0) return candidates;
        var state = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = FoldChar(text[i]);
            state = Step(state, c);
            if (_outputs[state] is not { } outputs) continue;
            foreach (var index in outputs)
            {
                var pattern = _patterns[index];
                var start = i - pattern.Text.Length + 1;
                if (IsWholeWord(text, start, pattern.Text.Length) && (!pattern.CaseSensitive || text.Slice(start, pattern.Text.Length).SequenceEqual(pattern.Text)))
                    candidates.Add(new TermMatch(start, pattern.Text.Length, pattern.Slug));
            }
        }
        return LeftmostLongest(candidates);
    }

    private int Step(int state, char c)
    {
        while (true)
        {
            if (state == 0) return _rootNext[c];
            if (_next.TryGetValue(Key(state, c), out var next)) return next;
            state = _fail[state];
        }
    }

    private void AddToTrie(string folded, int patternIndex)
    {
        var state = 0;
        foreach (var c in folded)
        {
            var existing = state == 0 ? _rootNext[c] : _next.GetValueOrDefault(Key(state, c));
            if (existing == 0)
            {
                existing = _fail.Count;
                _fail.Add(0);
                _outputs.Add(null);
                if (state == 0) _rootNext[c] = existing; else _next[Key(state, c)] = existing;
            }
            state = existing;
        }
        (_outputs[state] ??= []).Add(patternIndex);
    }

    private void BuildFailureLinks()
    {
        // Breadth-first over the trie: a state's failure link is the longest proper suffix that is also a prefix.
        var children = new Dictionary<int, List<(char C, int State)>>();
        for (var c = 0; c <= char.MaxValue; c++)
            if (_rootNext[c] != 0) (children.TryGetValue(0, out var l) ? l : children[0] = []).Add(((char)c, _rootNext[c]));
        foreach (var (key, target) in _next)
        {
            var from = (int)(key >> 16);
            (children.TryGetValue(from, out var l) ? l : children[from] = []).Add(((char)(key & 0xFFFF), target));
        }
        var queue = new Queue<int>();
        foreach (var (_, child) in children.GetValueOrDefault(0) ?? []) queue.Enqueue(child);
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            foreach (var (c, child) in children.GetValueOrDefault(state) ?? [])
            {
                _fail[child] = Step(_fail[state], c);
                if (_outputs[_fail[child]] is { } inherited) (_outputs[child] ??= []).AddRange(inherited);
                queue.Enqueue(child);
            }
        }
    }

    private static List<TermMatch> LeftmostLongest(List<TermMatch> candidates)
    {
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        var chosen = new List<TermMatch>();
        var end = 0;
        foreach (var match in candidates)
        {
            if (match.Start < end) continue;
            chosen.Add(match);
            end = match.Start + match.Length;
        }
        return chosen;
    }

    private static bool IsWholeWord(ReadOnlySpan<char> text, int start, int length) =>
        (start == 0 || !IsWordChar(text[start - 1])) && (start + length == text.Length || !IsWordChar(text[start + length]));

    // Chinese and Japanese are written without spaces between words, so their characters never join
    // a match to its neighbours: a term is found inside a run of Han or kana text.
    private static bool IsWordChar(char c) => (char.IsLetterOrDigit(c) || c == '_') && !IsUnspacedScript(c);

    private static bool IsUnspacedScript(char c) =>
        c is >= '\u3040' and <= '\u30FF'   // Hiragana, Katakana
          or >= '\u3400' and <= '\u4DBF'   // CJK Extension A
          or >= '\u4E00' and <= '\u9FFF'   // CJK Unified Ideographs
          or >= '\uF900' and <= '\uFAFF';  // CJK Compatibility Ideographs

    private static long Key(int state, char c) => ((long)state << 16) | c;

    private static string Fold(string text) => string.Create(text.Length, text, (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = FoldChar(source[i]);
    });

    /// <summary>Case-folds and treats typographic apostrophes and any whitespace alike.</summary>
    private static char FoldChar(char c) => c switch
    {
        '\u2019' or '\u2018' => '\'',
        '\n' or '\r' or '\t' or '\u00A0' => ' ',
        _ => char.ToLowerInvariant(c),
    };
}
