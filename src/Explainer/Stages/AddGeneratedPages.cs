using System.Text;
using Explainer.IO;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Adds the pages the generator makes itself (home, series, glossary, sources, tags, search,
/// discrepancies, 404) as ordinary documents, so they flow through the same rendering as
/// content, and sets every page's layout. A content page at a generated URL is adopted instead.
/// The discrepancies page's body is made of one note per discrepancy, so its citations number
/// and link exactly as on any other page.
/// </summary>
public sealed class AddGeneratedPages : CollectionStage
{
    public override IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        var byUrl = documents.Where(d => d.Url.Length > 0).GroupBy(d => d.Url).ToDictionary(g => g.Key, g => g.First());
        var adopted = new Dictionary<Document, Document>();
        var added = new List<Document>();
        foreach (var page in GeneratedPages.All.Concat(TagPages(documents)))
        {
            var body = page.Layout == "discrepancies" ? DiscrepancyNotes(context) : "";
            if (byUrl.TryGetValue(page.Url, out var existing))
            {
                adopted[existing] = existing
                    .With(Keys.Layout, existing.GetString(Keys.Layout) ?? page.Layout)
                    .With(Keys.Body, (existing.GetString(Keys.Body) ?? "") + "\n\n" + body);
                continue;
            }
            added.Add(Document.Create($"{LoadTheme.ThemeFolder}/layouts/{page.Layout}.hbs") with
            {
                Destination = SitePaths.Destination(page.Url),
                Metadata = Metadata.Empty
                    .With(Keys.Kind, "index")
                    .With(Keys.Url, page.Url)
                    .With(Keys.Layout, page.Layout)
                    .With(Keys.Title, page.Title.Length > 0 ? page.Title : context.Settings.Title)
                    .With(Keys.Description, page.Description.Length > 0 ? page.Description : context.Settings.Description)
                    .With(Keys.Body, body)
                    .With(Keys.BodyLine, 1),
            });
        }
        return documents
            .Select(d => adopted.GetValueOrDefault(d, d))
            .Select(d => d.Metadata.ContainsKey(Keys.Layout) || d.Kind == "file" ? d : d.With(Keys.Layout, GeneratedPages.DefaultLayout(d.Kind, d.Url)))
            .Concat(added)
            .ToList();
    }

    private static IEnumerable<GeneratedPages.Page> TagPages(IReadOnlyList<Document> documents) => documents
        .Where(d => d.Kind == ContentKinds.Topic)
        .SelectMany(d => d.Metadata.GetStrings(Keys.Tags))
        .Distinct()
        .Order(StringComparer.Ordinal)
        .Select(tag => new GeneratedPages.Page($"/tags/{tag}/", "tag", $"Tagged “{tag}”", $"Topics tagged {tag}."));

    private static string DiscrepancyNotes(BuildContext context)
    {
        var body = new StringBuilder();
        foreach (var discrepancy in context.Discrepancies.All)
            body.Append("{{< discrepancy ").Append(discrepancy.Id).Append(" >}}\n\n");
        return body.ToString();
    }
}
