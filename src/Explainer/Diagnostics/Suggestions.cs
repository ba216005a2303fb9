namespace Explainer.Diagnostics;

/// <summary>Finds the nearest valid name for a typo, for "did you mean" hints.</summary>
public static class Suggestions
{
    private static readonly char[] WordBreaks = ['-', '_', '.', ' ', '/'];

    /// <summary>The candidate closest to <paramref name="name"/>, or null when none is close enough to help.</summary>
    /// <param name="limit">The most edits a suggestion may be away; by default a third of the name.</param>
    public static string? Nearest(string name, IEnumerable<string> candidates, int? limit = null)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        string? byWords = null;
        var byWordsDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (Closer(candidate, distance, best, bestDistance))
                (best, bestDistance) = (candidate, distance);
            if (Closer(candidate, distance, byWords, byWordsDistance) && WordMissingOrAdded(name, candidate))
                (byWords, byWordsDistance) = (candidate, distance);
        }
        // A suggestion that needs more edits than a third of the word is noise, not help...
        if (bestDistance <= (limit ?? Math.Max(2, name.Length / 3))) return best;
        // ...unless it is the same words with one left out or added ("europe-asia" for "europe-and-asia").
        return byWords;
    }

    /// <summary>" (did you mean 'x'?)" or an empty string.</summary>
    public static string DidYouMean(string name, IEnumerable<string> candidates, int? limit = null) =>
        Nearest(name, candidates, limit) is { } nearest ? $" (did you mean '{nearest}'?)" : "";

    private static bool Closer(string candidate, int distance, string? best, int bestDistance) =>
        distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0);

    /// <summary>
    /// Whether the words of one name are the words of the other in order, with some left out, and
    /// the words they share are at least half of the longer name's.
    /// </summary>
    private static bool WordMissingOrAdded(string a, string b)
    {
        var (x, y) = (Words(a), Words(b));
        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        if (shorter.Length == 0 || shorter.Length == longer.Length || shorter.Length * 2 < longer.Length) return false;
        var next = 0;
        foreach (var word in longer)
            if (next < shorter.Length && word == shorter[next]) next++;
        return next == shorter.Length;
    }

    private static string[] Words(string name) => name.ToLowerInvariant().Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Optimal string alignment distance: Levenshtein plus adjacent transpositions.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
