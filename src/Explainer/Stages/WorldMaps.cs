using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Maps;
using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Stages;

/// <summary>
/// The world map of the countries the series mentions, drawn at build time from Natural Earth's
/// shapes (npm world-atlas), each linked country shaded by how many cited statements of the series
/// mention it; and the same data as a list, for readers who do not use the map.
/// </summary>
public static class WorldMaps
{
    public const string CaptionId = "world-map-caption";

    public static WorldMapView Of(IReadOnlyList<Document> documents, LinkedSite linked, BuildContext context)
    {
        var (site, backlinks) = (linked.Site, linked.Backlinks);
        var summaries = documents.Where(d => d.Kind == ContentKinds.Country && d.Source.StartsWith("input/", StringComparison.Ordinal)).Select(d => d.Slug).ToHashSet(StringComparer.Ordinal);
        var countries = documents
            .Where(d => d.Kind == ContentKinds.Country && !d.Failed && site.Countries.BySlug.ContainsKey(d.Slug))
            .Select(d => site.Countries.BySlug[d.Slug])
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        var rows = countries.Select(c => new CountryRowView(c.Name, site.Urls.Link(c.Url), c.Url,
                backlinks.StatementsAbout(c.Slug).Count(s => s.Kind == ContentKinds.Topic && s.Citations.Count > 0),
                backlinks.ParagraphsAbout(c.Slug).Count, summaries.Contains(c.Slug)))
            .ToList();
        if (rows.Count == 0 || Atlas(context) is not { } atlas) return new WorldMapView(RawHtml.Empty, [], rows);

        var marked = countries.Zip(rows, (c, row) => new MapCountry(c.Numeric, c.Name, row.Url, row.Statements,
            c.Location is { } at ? new GeoPoint(at.Longitude, at.Latitude) : null)).ToList();
        var scale = MapScale.For(marked);
        var legend = scale.Buckets.Select(b => new LegendEntryView(b.CssClass, $"{b.Label} cited {(b.To == 1 ? "statement" : "statements")}")).ToList();
        return new WorldMapView(RawHtml.From(WorldMap.Svg(atlas, marked, CaptionId)), legend, rows);
    }

    // Natural Earth's shapes, read once per session: they only change with the npm package.
    private static WorldAtlas? Atlas(BuildContext context)
    {
        var path = NodePackages.Find(context.Options.Root, "world-atlas", context.Options.Notes, Path.Combine("world-atlas", "countries-110m.json"));
        if (path is null)
        {
            context.Diagnostics.Error(SourcePosition.StartOf("statiq.json"), ErrorCodes.CountryData,
                "the map's shapes (npm package world-atlas) are not installed and could not be installed; install Node.js and npm, or set \"Countries\": false");
            return null;
        }
        var info = new FileInfo(path);
        return context.Cached("WorldAtlas", () => $"{path}|{info.Length}|{info.LastWriteTimeUtc.Ticks}", _ => WorldAtlas.Load(path));
    }
}
