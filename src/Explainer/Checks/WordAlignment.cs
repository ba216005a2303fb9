namespace Explainer.Checks;

/// <summary>
/// Where a quotation best fits in a paragraph, word by word (case aside): edit distance with a free start and end
/// in the paragraph, traced back to the stretch [From, To) of paragraph words, how many quoted words it matched,
/// and the first paragraph word that differs, where an editor should look.
/// </summary>
internal sealed record WordAlignment(int Edits, int Matched, int From, int To, int FirstDifference)
{
    public static WordAlignment Align(IReadOnlyList<string> quoted, IReadOnlyList<Word> words)
    {
        var (m, n) = (quoted.Count, words.Count);
        var d = new int[m + 1, n + 1];
        for (var i = 1; i <= m; i++) d[i, 0] = i;
        for (var i = 1; i <= m; i++)
            for (var j = 1; j <= n; j++)
                d[i, j] = Math.Min(d[i - 1, j - 1] + Cost(i, j), Math.Min(d[i - 1, j], d[i, j - 1]) + 1);
        var to = 1;
        for (var j = 2; j <= n; j++)
            if (d[m, j] < d[m, to]) to = j;

        // Trace back preferring a matched word, then an extra paragraph word, then a changed word, then a missing
        // one: on a tie the passage then starts and ends on words the quotation shares.
        var (row, column, matched, firstDifference) = (m, to, 0, to - 1);
        while (row > 0 && column > 0)
        {
            if (Cost(row, column) == 0 && d[row, column] == d[row - 1, column - 1])
                (row, column, matched) = (row - 1, column - 1, matched + 1);
            else if (d[row, column] == d[row, column - 1] + 1)
                (column, firstDifference) = (column - 1, column - 1);
            else if (d[row, column] == d[row - 1, column - 1] + 1)
                (row, column, firstDifference) = (row - 1, column - 1, column - 1);
            else
                (row, firstDifference) = (row - 1, column);
        }
        return new WordAlignment(d[m, to], matched, column, to, Math.Clamp(firstDifference, column, to - 1));

        int Cost(int i, int j) => string.Equals(quoted[i - 1], words[j - 1].Text, StringComparison.OrdinalIgnoreCase) ? 0 : 1;
    }
}
