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

    private Dictionary<string, int>? _index;

    public IReadOnlyList<SeriesEntry> Entries => _entries;

    /// <summary>A fingerprint of the series as pages show it (titles in order), for the cache keys of what shows it.</summary>
    public string Fingerprint => _fingerprint ??= Pipeline.ContentHash.Of(_entries.SelectMany(e => new[] { e.Slug, e.Title, e.Description, "\u001e" }));

    private string? _fingerprint;

    public SeriesEntry? Find(string slug) => IndexOf(slug) is var i and >= 0 ? _entries[i] : null;

    public SeriesEntry? Previous(string slug) => Neighbour(slug, -1);

    public SeriesEntry? Next(string slug) => Neighbour(slug, +1);

    /// <summary>The 1-based position of a topic in reading order.</summary>
    public int Position(string slug) => IndexOf(slug) + 1;

    private SeriesEntry? Neighbour(string slug, int step)
    {
        var index = IndexOf(slug);
        var target = index + step;
        return index < 0 || target < 0 || target >= _entries.Count ? null : _entries[target];
    }

    // Built on first use: lookups by slug stay constant-time on a series of thousands of topics.
    private int IndexOf(string slug)
    {
        var index = LazyInitializer.EnsureInitialized(ref _index,
            () => _entries.Select((e, i) => (e.Slug, i)).DistinctBy(x => x.Slug).ToDictionary(x => x.Slug, x => x.i, StringComparer.Ordinal));
        return index.TryGetValue(slug, out var i) ? i : -1;
    }
}
