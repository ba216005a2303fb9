namespace Explainer.Model;

/// <summary>A citation of a statement: the source paragraph(s) it cites and the marker's id on its page (where the statement is).</summary>
public sealed record StatementCitation(string SourceId, int? Paragraph, int? ParagraphEnd, string OccurrenceId);

/// <summary>A sentence that mentions a country, with the citations of that sentence.</summary>
public sealed record CountryMention(string Slug, string Sentence, IReadOnlyList<StatementCitation> Citations);
