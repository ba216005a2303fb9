namespace Explainer.Model;

/// <summary>
/// Every country of the world with its names, and the matcher that finds those names in prose:
/// whole words, as written (a proper name: "Turkey", never "turkey"), longest first ("Papua New
/// Guinea" wins over "Guinea"). Pure: built from the dataset and the editors' aliases.
/// </summary>
public sealed class CountryCatalog
{
    public static readonly CountryCatalog Empty = new([]);

    public CountryCatalog(IEnumerable<Country> countries)
    {
        ByCode = countries.ToDictionary(c => c.Code, StringComparer.Ordinal);
        BySlug = ByCode.Values.ToDictionary(c => c.Slug, StringComparer.Ordinal);
        Matcher = new TermMatcher(ByCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal)
            .SelectMany(c => c.Names.Select(name => (name, c.Slug))), matchCase: true);
        _byName = ByCode.Values.SelectMany(c => c.Names.Select(n => (Name: n, Country: c)))
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Country, StringComparer.OrdinalIgnoreCase);
    }

    private readonly Dictionary<string, Country> _byName;

    public IReadOnlyDictionary<string, Country> ByCode { get; }

    public IReadOnlyDictionary<string, Country> BySlug { get; }

    public TermMatcher Matcher { get; }

    public bool IsEmpty => ByCode.Count == 0;

    /// <summary>The country a name, alias or code names ("Britain", "U.S.", "UG"), ignoring case; null when none does.</summary>
    public Country? Named(string name) => ByCode.GetValueOrDefault(name.ToUpperInvariant()) is { } byCode && name.Length == 2
        ? byCode
        : _byName.GetValueOrDefault(name.Trim());

    /// <summary>Every name, for suggestions.</summary>
    public IEnumerable<string> Names => _byName.Keys;

    /// <summary>A fingerprint of what rendering reads from the catalog: slugs and names.</summary>
    public string Fingerprint => _fingerprint ??= Pipeline.ContentHash.Of(ByCode.Values
        .OrderBy(c => c.Code, StringComparer.Ordinal)
        .SelectMany(c => c.Names.Prepend(c.Slug).Append("\u001e")));

    private string? _fingerprint;
}
