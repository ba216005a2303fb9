namespace Explainer.Model;

/// <summary>A topic's place in the series.</summary>
public sealed record SeriesEntry(string Slug, string Title, string Description, int Order)
{
    public string Url => $"/topics/{Slug}/";
}

/// <summary>The explainer series: topics in reading order, with each one's neighbours.</summary>
public sealed class Series(IEnumerable<SeriesEntry> entries)
{
    public static readonly Series Empty = new([]);

    private readonly List<SeriesEntry> _entries = entries
        .OrderBy(e => e.Order)
        .ThenBy(e => e.Slug, StringComparer.Ordinal)
        .ToList();

    public IReadOnlyList<SeriesEntry> Entries => _entries;

    public SeriesEntry? Find(string slug) => Entries.FirstOrDefault(e => e.Slug == slug);

    public SeriesEntry? Previous(string slug) => Neighbour(slug, -1);

    public SeriesEntry? Next(string slug) => Neighbour(slug, +1);

    /// <summary>The 1-based position of a topic in reading order.</summary>
    public int Position(string slug) => _entries.FindIndex(e => e.Slug == slug) + 1;

    private SeriesEntry? Neighbour(string slug, int step)
    {
        var index = _entries.FindIndex(e => e.Slug == slug);
        var target = index + step;
        return index < 0 || target < 0 || target >= Entries.Count ? null : Entries[target];
    }
}
