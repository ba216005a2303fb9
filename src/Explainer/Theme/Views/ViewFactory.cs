using Explainer.Model;
using Explainer.Settings;
using Explainer.Theme;

namespace Explainer.Theme.Views;

/// <summary>Turns model records into the views templates show, with links already under the link root.</summary>
public static class ViewFactory
{
    public static List<ReferenceView> References(IEnumerable<Reference> references, SourceLibrary library, SiteUrls urls) => references
        .Select(r =>
        {
            var source = library.Find(r.SourceId);
            var citation = source?.Citation;
            var anchor = r.Paragraph is { } p ? $"#p{p}" : "";
            var quote = source is null || r.Paragraph is null ? null
                : string.Join(" ", Enumerable.Range(r.Paragraph.Value, (r.ParagraphEnd ?? r.Paragraph.Value) - r.Paragraph.Value + 1)
                    .Select(n => source.Paragraph(n)?.Text).OfType<string>());
            return new ReferenceView(
                r.Number, r.Anchor, r.SourceId,
                citation?.DisplayTitle ?? r.SourceId,
                urls.Link(source?.Url ?? $"/sources/{r.SourceId}/"),
                citation?.ContainerTitle,
                citation?.Issued?.ToLongText(),
                Markdown.Citations.CitationSyntax.Locator(r.Paragraph, r.ParagraphEnd),
                urls.Link((source?.Url ?? $"/sources/{r.SourceId}/") + anchor),
                quote,
                r.Occurrences.Select((anchor, i) => new BackrefView(anchor, i + 1)).ToList());
        })
        .ToList();

    public static List<TermView> Terms(IEnumerable<string> slugs, Glossary glossary, SiteUrls urls) => slugs
        .Distinct()
        .Select(glossary.Find)
        .OfType<GlossaryTerm>()
        .Select(t => Term(t, urls))
        .ToList();

    public static TermView Term(GlossaryTerm term, SiteUrls urls) => new(term.Slug, term.Term, term.Short, urls.Link(term.Url));

    public static CitationView Citation(SourceCitation c, string sourceUrl, SiteUrls urls)
    {
        var authors = c.Authors.Count == 0 ? null : string.Join(", ", c.Authors.Select(a => a.Display));
        var fields = new List<CitationField>
        {
            new("Author", authors),
            new("Publication", c.ContainerTitle),
            new("Publisher", c.Publisher),
            new("Place", c.PublisherPlace),
            new("Date", c.Issued?.ToLongText()),
            new("Type", TypeLabel(c.Type)),
            new("Address", c.Url, c.Url),
            new("Retrieved", c.Accessed is { } a ? TemplateFunctions.LongDate(a) : null),
        };
        return new CitationView(c.Id, c.DisplayTitle, c.TitleSupplied, urls.Link(sourceUrl), fields,
            c.Issued?.ToLongText(), c.Issued?.ToString() ?? "", c.ContainerTitle);
    }

    /// <summary>Plain names for CSL types: "article-newspaper" reads as "News article".</summary>
    public static string TypeLabel(string cslType) => cslType switch
    {
        "article-newspaper" => "News article",
        "article-magazine" => "Magazine article",
        "article-journal" => "Journal article",
        "post-weblog" => "Blog post",
        "webpage" => "Web page",
        "report" => "Report",
        "article" => "Article",
        "post" => "Post",
        _ => char.ToUpperInvariant(cslType[0]) + cslType[1..].Replace('-', ' '),
    };
}
