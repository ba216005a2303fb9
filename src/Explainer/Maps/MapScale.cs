namespace Explainer.Maps;

/// <summary>
/// How the map shades countries by their number of cited statements: up to five classes. Up to a
/// largest count of 5 each count is its own class. Beyond, the classes start at 1 and at four
/// consecutive steps of the series 2, 5, 10, 25, 50, 100, 250…, so a legend always reads like
/// 1, 2–4, 5–9, 10–24, 25–87; of those windows the scale takes the one that spreads the countries
/// most evenly over the shades (the highest entropy). A series that grows by ×2–2.5 is a
/// logarithmic scale: one country with far more statements than the rest (China) stands alone at
/// the top without pressing all the others into the lightest shade.
/// </summary>
public sealed class MapScale
{
    /// <summary>The number of shades the stylesheet defines (map__shade-1 to map__shade-5).</summary>
    public const int Shades = 5;

    private MapScale(IReadOnlyList<MapBucket> buckets) => Buckets = buckets;

    /// <summary>The classes from the fewest statements to the most: they cover every count from the first From to the last To.</summary>
    public IReadOnlyList<MapBucket> Buckets { get; }

    public static MapScale For(IReadOnlyList<MapCountry> countries) => For(countries.Select(c => c.Statements));

    public static MapScale For(IEnumerable<int> statementCounts)
    {
        var counts = statementCounts.Select(c => Math.Max(0, c)).DefaultIfEmpty(1).ToArray();
        var max = Math.Max(1, counts.Max());
        var first = Math.Min(1, counts.Min());
        var steps = max <= Shades ? Enumerable.Range(2, max - 1).ToArray() : MostEvenWindow(counts, first, max);
        int[] lowerBounds = [first, .. steps];
        var buckets = lowerBounds.Select((from, i) => new MapBucket(from, i + 1 < lowerBounds.Length ? lowerBounds[i + 1] - 1 : max, Shade(i, lowerBounds.Length)));
        return new MapScale(buckets.ToArray());
    }

    /// <summary>The class of a count; counts outside the scale go to the nearest end.</summary>
    public MapBucket BucketOf(int statements) => Buckets.FirstOrDefault(b => statements <= b.To) ?? Buckets[^1];

    private static int[] MostEvenWindow(int[] counts, int first, int max)
    {
        var series = Series().TakeWhile(step => step <= max).ToArray();
        var windows = series.Select((_, end) => series[Math.Max(0, end - (Shades - 2))..(end + 1)]);
        // MaxBy keeps the first of equals: between two windows that spread the countries alike, the lower one.
        return windows.MaxBy(window => Entropy(counts, [first, .. window]))!;
    }

    // 2, 5, 10, 25, 50, 100, 250, …: 1, 2.5, 5 × 10ⁿ, with 2 for the 2.5 that is not a count.
    private static IEnumerable<int> Series()
    {
        for (long decade = 1; decade <= int.MaxValue; decade *= 10)
            foreach (var step in new[] { decade == 1 ? 2 : 25 * decade / 10, 5 * decade, 10 * decade })
                if (step <= int.MaxValue) yield return (int)step;
    }

    // How evenly the counts fall into the classes that start at these bounds: −Σ p·ln p over the classes.
    private static double Entropy(int[] counts, int[] lowerBounds)
    {
        var sizes = new int[lowerBounds.Length];
        foreach (var count in counts) sizes[Array.FindLastIndex(lowerBounds, bound => bound <= count) is var i and >= 0 ? i : 0]++;
        return -sizes.Where(size => size > 0).Sum(size => (double)size / counts.Length * Math.Log((double)size / counts.Length));
    }

    // Fewer classes than shades are spread over the whole range, so the lightest and the strongest stay apart; one class takes the middle.
    private static int Shade(int index, int count) =>
        count == 1 ? (Shades + 1) / 2 : 1 + (int)Math.Round(index * (Shades - 1) / (double)(count - 1), MidpointRounding.AwayFromZero);
}
