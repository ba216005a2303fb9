namespace Explainer.Model;

/// <summary>A glossary term mentioned on a page, with the sentence around the first mention.</summary>
public sealed record TermMention(string Slug, string Sentence);

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
    public static PageFacts None(string url, string title, string kind) => new(url, title, kind, [], [], []);
}
