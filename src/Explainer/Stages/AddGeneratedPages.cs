using System.Text;
using Explainer.Content;
using Explainer.IO;
using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Theme;

namespace Explainer.Stages;

/// <summary>
/// Adds the pages the generator makes itself (home, series, glossary, sources, tags, search,
/// discrepancies, downloads, 404) as ordinary documents, so they flow through the same rendering as
/// content, and sets every page's layout. A content page at a generated URL is adopted instead.
/// Titles and descriptions come from the theme's sections (theme/theme.yml). The discrepancies
/// page's body is made of one note per discrepancy, so its citations number and link exactly as
/// on any other page.
/// </summary>
public sealed class AddGeneratedPages : IStage
{
    public IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, SiteModel site, ThemeData theme)
    {
        var byUrl = documents.Where(d => d.Url.Length > 0).GroupBy(d => d.Url).ToDictionary(g => g.Key, g => g.First());
        var adopted = new Dictionary<Document, Document>();
        var added = new List<Document>();
        foreach (var (page, title, description) in Pages(documents, site, theme))
        {
            var body = page.Layout switch
            {
                "discrepancies" => DiscrepancyNotes(site),
                "timeline" => "{{< timeline >}}\n",
                _ => "",
            };
            if (byUrl.TryGetValue(page.Url, out var existing))
            {
                adopted[existing] = existing
                    .With(Keys.Layout, existing.Matter?.Layout ?? page.Layout)
                    .With(Keys.Body, (existing.Get(Keys.Body) ?? "") + "\n\n" + body);
                continue;
            }
            added.Add(Document.Create($"{LoadTheme.ThemeFolder}/layouts/{page.Layout}{ThemeTemplates.Extension}") with
            {
                Destination = SitePaths.Destination(page.Url),
                Metadata = Metadata.Empty
                    .With(Keys.Kind, "index")
                    .With(Keys.Url, page.Url)
                    .With(Keys.Layout, page.Layout)
                    .With(Keys.Matter, new PageMatter { Title = title, Description = description })
                    .With(Keys.Body, body)
                    .With(Keys.BodyLine, 1),
            });
        }
        return documents
            .Select(d => adopted.GetValueOrDefault(d, d))
            .Select(d => d.Metadata.Has(Keys.Layout) || d.Kind == "file" ? d : d.With(Keys.Layout, d.Matter?.Layout ?? GeneratedPages.DefaultLayout(d.Kind, d.Url)))
            .Concat(added)
            .ToList();
    }

    // Every generated page with its title and description; a page the theme gives no title takes the site's.
    private static IEnumerable<(GeneratedPages.Page Page, string Title, string? Description)> Pages(IReadOnlyList<Document> documents, SiteModel site, ThemeData theme)
    {
        foreach (var page in GeneratedPages.All)
        {
            // Pages of features the site does not use are not made: no empty map, no empty timeline.
            if ((page.Layout == "countries" && site.Countries.IsEmpty) || (page.Layout == "timeline" && site.Timeline.Events.Count == 0)
                || (page.Layout == "download" && !site.Settings.Downloads)) continue;
            var text = theme.Section(page.Section);
            yield return (page, text.Title ?? site.Settings.Title, text.Description ?? site.Settings.Description);
        }
        var tag = theme.Section("tag");
        foreach (var name in documents.Where(d => d.Kind == ContentKinds.Topic).SelectMany(d => d.Matter?.Tags ?? []).Distinct().Order(StringComparer.Ordinal))
            yield return (new GeneratedPages.Page($"/tags/{name}/", "tag", "tag"), (tag.Title ?? name).Replace("{tag}", name), tag.Description?.Replace("{tag}", name));
    }

    private static string DiscrepancyNotes(SiteModel site)
    {
        var body = new StringBuilder();
        foreach (var discrepancy in site.Discrepancies.All)
            body.Append("{{< discrepancy ").Append(discrepancy.Id).Append(" >}}\n\n");
        return body.ToString();
    }
}
