using System.Globalization;
using Explainer.Model;

namespace Explainer.Publishing;

/// <summary>
/// Highwire Press <c>citation_*</c> meta tags, which Google Scholar and reference managers such
/// as Zotero read from a page to cite it. Only stated fields are written.
/// </summary>
public static class Highwire
{
    public sealed record Tag(string Name, string Content);

    public static List<Tag> For(SourceCitation source, string archiveUrl)
    {
        var tags = new List<Tag> { new("citation_title", source.TitleSupplied ? $"[{source.Title}]" : source.Title) };
        tags.AddRange(source.Authors.Select(a => new Tag("citation_author", a.Literal ?? $"{a.Family}, {a.Given}")));
        if (source.Issued is { } issued)
            tags.Add(new Tag("citation_publication_date", string.Join('/', issued.ToCslParts().Select(p => p.ToString(issued.Month is null ? "D4" : "D2", CultureInfo.InvariantCulture)))));
        if (source.ContainerTitle is { } container) tags.Add(new Tag(source.Type == "report" ? "citation_technical_report_institution" : "citation_journal_title", container));
        if (source.Publisher is { } publisher) tags.Add(new Tag("citation_publisher", publisher));
        if (source.Language is { } language) tags.Add(new Tag("citation_language", language));
        tags.Add(new Tag("citation_fulltext_html_url", archiveUrl));
        return tags;
    }
}
