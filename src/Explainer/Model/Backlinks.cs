namespace Explainer.Model;

/// <summary>A page that mentions a term, and the sentence it does so in.</summary>
public sealed record TermBacklink(string Url, string Title, string Kind, string Sentence);

/// <summary>A page that cites a source, and which of its paragraphs.</summary>
public sealed record SourceBacklink(string Url, string Title, string Kind, IReadOnlyList<int> Paragraphs);

/// <summary>A sentence of a page that mentions a country, with its citations: a statement about the country.</summary>
public sealed record CountryStatement(string Url, string Title, string Kind, string Sentence, IReadOnlyList<StatementCitation> Citations);

/// <summary>A page that shows a discrepancy note.</summary>
public sealed record PageRef(string Url, string Title);

/// <summary>
/// The reverse of every page's facts: for each term the pages mentioning it, for each source
/// the pages citing it, for each discrepancy the pages showing it. Pure: built from <see cref="PageFacts"/>.
/// </summary>
public sealed class Backlinks
{
    public static readonly Backlinks Empty = new([]);

    private readonly Dictionary<string, List<TermBacklink>> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SourceBacklink>> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PageRef>> _discrepancies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CountryStatement>> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<CountryParagraph>> _countryParagraphs = new(StringComparer.Ordinal);

    /// <param name="pages">Facts of every page; order does not matter, results are sorted.</param>
    public Backlinks(IEnumerable<PageFacts> pages)
    {
        foreach (var page in pages.OrderBy(p => KindRank(p.Kind)).ThenBy(p => p.Url, StringComparer.Ordinal))
        {
            foreach (var mention in page.Terms)
                Add(_terms, mention.Slug, new TermBacklink(page.Url, page.Title, page.Kind, mention.Sentence));
            foreach (var group in page.Citations.GroupBy(c => c.SourceId))
                Add(_sources, group.Key, new SourceBacklink(page.Url, page.Title, page.Kind, group.Select(c => c.Paragraph).Distinct().Order().ToList()));
            foreach (var id in page.Discrepancies.Distinct())
                Add(_discrepancies, id, new PageRef(page.Url, page.Title));
            foreach (var mention in page.Countries)
                Add(_countries, mention.Slug, new CountryStatement(page.Url, page.Title, page.Kind, mention.Sentence, mention.Citations));
            foreach (var paragraph in page.CountryParagraphs)
                Add(_countryParagraphs, paragraph.Slug, paragraph);
        }
    }

    public IReadOnlyList<TermBacklink> MentionsOf(string termSlug) => _terms.GetValueOrDefault(termSlug) ?? [];

    public IReadOnlyList<SourceBacklink> CitationsOf(string sourceId) => _sources.GetValueOrDefault(sourceId) ?? [];

    public IReadOnlyList<PageRef> PagesShowing(string discrepancyId) => _discrepancies.GetValueOrDefault(discrepancyId) ?? [];

    /// <summary>Every sentence of every page that mentions the country, topics first.</summary>
    public IReadOnlyList<CountryStatement> StatementsAbout(string countrySlug) => _countries.GetValueOrDefault(countrySlug) ?? [];

    /// <summary>The source paragraphs that mention the country, by source and paragraph.</summary>
    public IReadOnlyList<CountryParagraph> ParagraphsAbout(string countrySlug) => _countryParagraphs.GetValueOrDefault(countrySlug) ?? [];

    /// <summary>Every country some page or source mentions.</summary>
    public IEnumerable<string> MentionedCountries => _countries.Keys.Union(_countryParagraphs.Keys).Order(StringComparer.Ordinal);

    /// <summary>Pages citing one paragraph of a source.</summary>
    public IEnumerable<SourceBacklink> CitationsOf(string sourceId, int paragraph) =>
        CitationsOf(sourceId).Where(c => c.Paragraphs.Contains(paragraph));

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(value);
    }

    // Topics first: they are what readers came for; then the glossary, then sources and other pages.
    private static int KindRank(string kind) => kind switch { "topic" => 0, "term" => 1, "source" => 2, _ => 3 };
}
