namespace Explainer.Maps;

/// <summary>
/// One country of the atlas: its ISO 3166-1 numeric code (three digits; null for the few places
/// Natural Earth gives none, such as Kosovo), its name in the atlas and its polygons.
/// </summary>
public sealed record AtlasCountry(string? NumericCode, string Name, IReadOnlyList<GeoPolygon> Polygons);
