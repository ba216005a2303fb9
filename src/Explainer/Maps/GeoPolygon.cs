namespace Explainer.Maps;

/// <summary>One polygon as closed rings of (longitude, latitude): the outer ring first, then its holes.</summary>
public sealed record GeoPolygon(IReadOnlyList<IReadOnlyList<GeoPoint>> Rings);
