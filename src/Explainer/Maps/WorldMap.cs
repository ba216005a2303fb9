using System.Globalization;
using System.Text;
using Explainer.Html;

namespace Explainer.Maps;

/// <summary>
/// Draws the world as an inline SVG (Equal Earth, viewBox 1000 wide): every country of the atlas
/// as a path, and each country the site has a page for as a link to it, shaded by its number of
/// cited statements (see <see cref="MapScale"/>). Colours come from the stylesheet through classes
/// only, since the Content-Security-Policy allows no inline styles; nothing refers outside the SVG.
/// </summary>
public static class WorldMap
{
    /// <summary>Douglas–Peucker tolerance in viewBox units: on a 1000-unit-wide map no one sees a smaller detail.</summary>
    public const double Tolerance = 0.4;

    /// <summary>Islands smaller than this (square viewBox units) are left out, except a country's largest piece and linked countries.</summary>
    public const double MinimumArea = 2;

    /// <summary>A linked country whose largest piece is narrower and lower than this gets a round marker, so it can be found and clicked.</summary>
    public const double MarkerBelow = 8;

    public const double MarkerRadius = 5;

    private static readonly EqualEarth Projection = new();

    /// <param name="captionId">The id of the caption that names the map (aria-labelledby); without one the map is named "World map".</param>
    /// <exception cref="ArgumentException">Two countries have the same code.</exception>
    public static string Svg(WorldAtlas atlas, IReadOnlyList<MapCountry> countries, string? captionId = null)
    {
        var linked = LinkedCodes(countries);
        var scale = MapScale.For(countries);
        var simplified = atlas.Simplify(Projection.Project, Tolerance);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Projection.Width} {Projection.Height}\" role=\"group\" ");
        svg.Append(captionId is null ? "aria-label=\"World map\">\n" : $"aria-labelledby=\"{HtmlText.Escape(captionId)}\">\n");
        svg.Append("<g class=\"map__land\" aria-hidden=\"true\">\n");
        var sphere = new PathData();
        sphere.AddRing(Projection.Outline().Select(Projection.Project));
        svg.Append($"<path class=\"map__sphere\" d=\"{sphere}\"/>\n");
        foreach (var country in simplified.Countries.Where(c => c.NumericCode is null || !linked.Contains(c.NumericCode)))
            svg.Append(PathElement(ProjectedPart.Of(country, Projection), keepSmallParts: false)).Append('\n');
        svg.Append("</g>\n");
        // Links in the order of their names: the order a keyboard reaches them, and the order of the list beside the map.
        foreach (var country in countries.OrderBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.NumericCode, StringComparer.Ordinal).ThenBy(c => c.Href, StringComparer.Ordinal))
            AppendLink(svg, country, simplified.Find(country.NumericCode), scale.BucketOf(country.Statements));
        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>"Uganda: 12 cited statements": the accessible name and tooltip of a country's link.</summary>
    public static string Describe(MapCountry country) =>
        string.Create(CultureInfo.InvariantCulture, $"{country.Name}: {Diagnostics.Plural.Count(country.Statements, "cited statement")}");

    // A blank code (Kosovo has none) matches nothing in the atlas: such a country is drawn at its Location, if it has one.
    private static HashSet<string> LinkedCodes(IReadOnlyList<MapCountry> countries)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in countries.Where(c => !string.IsNullOrWhiteSpace(c.NumericCode)))
            if (!codes.Add(WorldAtlas.NormalCode(country.NumericCode)))
                throw new ArgumentException($"The map has two countries with the code {country.NumericCode} (one is {country.Name})", nameof(countries));
        return codes;
    }

    private static void AppendLink(StringBuilder svg, MapCountry country, AtlasCountry? shape, MapBucket bucket)
    {
        var parts = shape is null ? [] : ProjectedPart.Of(shape, Projection);
        var marker = Marker(parts, country.Location);
        if (parts.Count == 0 && marker is null) return; // neither in the atlas nor placed: the list beside the map still has it
        var name = HtmlText.Escape(Describe(country));
        svg.Append($"<a href=\"{HtmlText.Escape(country.Href)}\" class=\"map__country {bucket.CssClass}\" aria-label=\"{name}\"><title>{name}</title>");
        svg.Append(PathElement(parts, keepSmallParts: true));
        if (marker is { } centre)
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"map__marker\" cx=\"{Round(centre.X)}\" cy=\"{Round(centre.Y)}\" r=\"{MarkerRadius}\"/>");
        svg.Append("</a>\n");
    }

    // One path for all of a country's parts; an empty string when rounding leaves none with an area.
    private static string PathElement(IReadOnlyList<ProjectedPart> parts, bool keepSmallParts)
    {
        var largest = parts.MaxBy(p => p.Area);
        var data = new PathData();
        foreach (var part in parts.Where(p => keepSmallParts || ReferenceEquals(p, largest) || p.Area >= MinimumArea))
            foreach (var ring in part.Rings) data.AddRing(ring);
        return data.IsEmpty ? "" : $"<path d=\"{data}\"/>";
    }

    private static PlanePoint? Marker(IReadOnlyList<ProjectedPart> parts, GeoPoint? location)
    {
        if (parts.Count == 0) return location is { } place ? Projection.Project(place) : null;
        var largest = parts.MaxBy(p => p.Area)!;
        return largest.Extent < MarkerBelow ? largest.Centre : null;
    }

    private static string Round(double value) => Math.Round(value, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);
}
