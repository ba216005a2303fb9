namespace Explainer.Model;

/// <summary>A glossary term mentioned on a page, with the sentence around the first mention.</summary>
public sealed record TermMention(string Slug, string Sentence);

/// <summary>A paragraph of a source that mentions a country, and the sentence that does.</summary>
public sealed record CountryParagraph(string Slug, string SourceId, int Paragraph, string Sentence);

/// <summary>A paragraph of a source cited on a page.</summary>
public sealed record CitedParagraph(string SourceId, int Paragraph);

/// <summary>
/// What rendering learned about one page that other pages need: which terms it mentions,
/// which source paragraphs it cites, which discrepancies it shows. The input of <see cref="Backlinks"/>.
/// </summary>
public sealed record PageFacts(
    string Url,
    string Title,
    string Kind,
    IReadOnlyList<TermMention> Terms,
    IReadOnlyList<CitedParagraph> Citations,
    IReadOnlyList<string> Discrepancies)
{
    /// <summary>The page's sentences that mention a country, with their citations.</summary>
    public IReadOnlyList<CountryMention> Countries { get; init; } = [];

    /// <summary>On a source's page: its paragraphs that mention a country, with the sentence that does.</summary>
    public IReadOnlyList<CountryParagraph> CountryParagraphs { get; init; } = [];

    public static PageFacts None(string url, string title, string kind) => new(url, title, kind, [], [], []);
}
