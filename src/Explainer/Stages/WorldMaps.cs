using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>The world map of the countries the series mentions, and the same data as a list, made once per build.</summary>
public static class WorldMaps
{
    public static WorldMapView Of(IReadOnlyList<Document> documents, LinkedSite linked)
    {
        var (site, backlinks) = (linked.Site, linked.Backlinks);
        var summaries = documents.Where(d => d.Kind == ContentKinds.Country && d.Source.StartsWith("input/", StringComparison.Ordinal)).Select(d => d.Slug).ToHashSet(StringComparer.Ordinal);
        var rows = documents
            .Where(d => d.Kind == ContentKinds.Country && !d.Failed && site.Countries.BySlug.ContainsKey(d.Slug))
            .Select(d => site.Countries.BySlug[d.Slug])
            .Select(c => new CountryRowView(c.Name, site.Urls.Link(c.Url), c.Url,
                backlinks.StatementsAbout(c.Slug).Count(s => s.Kind == ContentKinds.Topic && s.Citations.Count > 0),
                backlinks.ParagraphsAbout(c.Slug).Count, summaries.Contains(c.Slug)))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new WorldMapView(RawHtml.Empty, [], rows);
    }
}
