namespace Explainer.Maps;

/// <summary>
/// One piece of a country as drawn: an outer ring on one side of the antimeridian with its holes,
/// projected, with the area, centre and size the map uses to drop slivers and mark tiny countries.
/// </summary>
internal sealed record ProjectedPart(IReadOnlyList<IReadOnlyList<PlanePoint>> Rings, double Area, PlanePoint Centre, double Extent)
{
    public static IReadOnlyList<ProjectedPart> Of(AtlasCountry country, EqualEarth projection) =>
        country.Polygons.SelectMany(polygon => Of(polygon, projection)).ToArray();

    private static IEnumerable<ProjectedPart> Of(GeoPolygon polygon, EqualEarth projection)
    {
        if (polygon.Rings.Count == 0) return [];
        var outers = Project(Antimeridian.Cut(polygon.Rings[0]), projection);
        var holes = Project(polygon.Rings.Skip(1).SelectMany(Antimeridian.Cut), projection);
        var parts = outers.Select(outer => (Outer: outer, Bounds: Bounds(outer), Holes: new List<PlanePoint[]>())).ToArray();
        // A hole belongs to the piece of the outer ring around it; holes never cross the antimeridian in Natural Earth.
        foreach (var hole in holes)
            parts.FirstOrDefault(part => hole.All(p => Contains(part.Bounds, p))).Holes?.Add(hole);
        return parts.Select(part =>
        {
            var (minX, minY, maxX, maxY) = part.Bounds;
            return new ProjectedPart([part.Outer, .. part.Holes], Math.Abs(SignedArea(part.Outer)),
                new PlanePoint((minX + maxX) / 2, (minY + maxY) / 2), Math.Max(maxX - minX, maxY - minY));
        });
    }

    private static bool Contains((double MinX, double MinY, double MaxX, double MaxY) bounds, PlanePoint p) =>
        p.X >= bounds.MinX && p.X <= bounds.MaxX && p.Y >= bounds.MinY && p.Y <= bounds.MaxY;

    private static IReadOnlyList<PlanePoint[]> Project(IEnumerable<IReadOnlyList<GeoPoint>> rings, EqualEarth projection) =>
        rings.Select(ring => ring.Select(projection.Project).ToArray()).ToArray();

    private static (double MinX, double MinY, double MaxX, double MaxY) Bounds(IReadOnlyList<PlanePoint> ring) =>
        (ring.Min(p => p.X), ring.Min(p => p.Y), ring.Max(p => p.X), ring.Max(p => p.Y));

    // The shoelace formula.
    private static double SignedArea(IReadOnlyList<PlanePoint> ring)
    {
        var twice = 0.0;
        for (var i = 0; i < ring.Count - 1; i++) twice += ring[i].X * ring[i + 1].Y - ring[i + 1].X * ring[i].Y;
        return twice / 2;
    }
}
