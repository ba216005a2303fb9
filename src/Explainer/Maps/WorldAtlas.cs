namespace Explainer.Maps;

/// <summary>
/// The countries of the world from the npm package world-atlas (Natural Earth, public domain),
/// decoded from TopoJSON into polygons of (longitude, latitude) rings.
/// </summary>
public sealed class WorldAtlas
{
    /// <summary>Where the package keeps the 1:110 million countries, below a folder holding node_modules.</summary>
    public static readonly string PackageFile = Path.Combine("node_modules", "world-atlas", "countries-110m.json");

    private readonly Topology topology;
    private readonly Dictionary<string, AtlasCountry> byCode;

    private WorldAtlas(Topology topology)
    {
        this.topology = topology;
        Countries = topology.Features.Select(f => new AtlasCountry(f.Id is null ? null : NormalCode(f.Id), f.Name, f.Polygons.Select(Polygon).ToArray())).ToArray();
        byCode = Countries.Where(c => c.NumericCode is not null).DistinctBy(c => c.NumericCode).ToDictionary(c => c.NumericCode!);
    }

    /// <summary>The countries in the order the file gives them.</summary>
    public IReadOnlyList<AtlasCountry> Countries { get; }

    public static WorldAtlas Load(string path) => Parse(File.ReadAllText(path));

    public static WorldAtlas Parse(string topoJson, string objectName = "countries") => new(Topology.Parse(topoJson, objectName));

    /// <summary>The atlas file in node_modules of the folder or of the nearest parent that has one; null when none has.</summary>
    public static string? Locate(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var file = Path.Combine(current.FullName, PackageFile);
            if (File.Exists(file)) return file;
        }
        return null;
    }

    /// <summary>The country with this ISO 3166-1 numeric code ("840", or "10" for "010"), or null.</summary>
    public AtlasCountry? Find(string numericCode) =>
        string.IsNullOrWhiteSpace(numericCode) ? null : byCode.GetValueOrDefault(NormalCode(numericCode));

    /// <summary>
    /// The same atlas with fewer points: each arc is simplified once (Douglas–Peucker, in the units of
    /// the projection), so a border shared by two countries stays one line and no gap opens between them.
    /// </summary>
    public WorldAtlas Simplify(Func<GeoPoint, PlanePoint> project, double tolerance) =>
        new(topology with { Arcs = topology.Arcs.Select(arc => SimplifyArc(arc, project, tolerance)).ToArray() });

    internal static string NormalCode(string code) => code.Trim().PadLeft(3, '0');

    private static GeoPoint[] SimplifyArc(GeoPoint[] arc, Func<GeoPoint, PlanePoint> project, double tolerance)
    {
        // Longitudes made continuous first: an arc that crosses the antimeridian is measured as one line, not two halves a map apart.
        var keep = DouglasPeucker.Keep(Antimeridian.Unwrap(arc).Select(project).ToArray(), tolerance);
        return arc.Where((_, i) => keep[i]).ToArray();
    }

    private GeoPolygon Polygon(IReadOnlyList<IReadOnlyList<int>> rings) => new(rings.Select(Ring).ToArray());

    private IReadOnlyList<GeoPoint> Ring(IReadOnlyList<int> arcIndices)
    {
        var ring = new List<GeoPoint>();
        foreach (var index in arcIndices)
        {
            var arc = index >= 0 ? topology.Arcs[index] : Enumerable.Reverse(topology.Arcs[~index]).ToArray();
            // Each arc starts where the one before it ends: that shared point is taken once.
            ring.AddRange(ring.Count == 0 ? arc : arc.Skip(1));
        }
        return ring;
    }
}
