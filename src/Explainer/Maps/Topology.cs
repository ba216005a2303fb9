using System.Globalization;
using System.Text.Json;

namespace Explainer.Maps;

/// <summary>
/// The part of a TopoJSON topology the map needs: the decoded arcs, in degrees, and the features
/// of one geometry collection. Quantized arcs (those with a transform) are delta-encoded integers.
/// </summary>
internal sealed record Topology(IReadOnlyList<GeoPoint[]> Arcs, IReadOnlyList<TopologyFeature> Features)
{
    public static Topology Parse(string json, string objectName)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (!root.TryGetProperty("objects", out var objects) || !objects.TryGetProperty(objectName, out var collection))
            throw new FormatException($"TopoJSON has no object \"{objectName}\"");
        var transform = Transform.Of(root);
        var arcs = root.GetProperty("arcs").EnumerateArray().Select(arc => DecodeArc(arc, transform)).ToArray();
        var features = collection.GetProperty("geometries").EnumerateArray().Select(Feature).ToArray();
        foreach (var index in features.SelectMany(f => f.Polygons).SelectMany(p => p).SelectMany(r => r))
            if ((index < 0 ? ~index : index) >= arcs.Length) throw new FormatException($"TopoJSON refers to arc {index}, but has {arcs.Length}");
        return new Topology(arcs, features);
    }

    private static GeoPoint[] DecodeArc(JsonElement arc, Transform? transform)
    {
        var points = new GeoPoint[arc.GetArrayLength()];
        double x = 0, y = 0;
        var i = 0;
        foreach (var position in arc.EnumerateArray())
        {
            var (a, b) = (position[0].GetDouble(), position[1].GetDouble());
            points[i++] = transform is { } t
                ? new GeoPoint((x += a) * t.ScaleX + t.TranslateX, (y += b) * t.ScaleY + t.TranslateY)
                : new GeoPoint(a, b);
        }
        return points;
    }

    private static TopologyFeature Feature(JsonElement geometry)
    {
        var id = geometry.TryGetProperty("id", out var value) ? IdText(value) : null;
        var name = geometry.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            && properties.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()! : id ?? "";
        var type = geometry.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var polygons = type switch
        {
            "Polygon" => [Rings(geometry.GetProperty("arcs"))],
            "MultiPolygon" => geometry.GetProperty("arcs").EnumerateArray().Select(Rings).ToArray(),
            _ => Array.Empty<IReadOnlyList<IReadOnlyList<int>>>(), // null geometries and other kinds have no area to draw
        };
        return new TopologyFeature(id, name, polygons);
    }

    private static IReadOnlyList<IReadOnlyList<int>> Rings(JsonElement polygon) =>
        polygon.EnumerateArray().Select(ring => (IReadOnlyList<int>)ring.EnumerateArray().Select(i => i.GetInt32()).ToArray()).ToArray();

    private static string? IdText(JsonElement id) => id.ValueKind switch
    {
        JsonValueKind.String => id.GetString(),
        JsonValueKind.Number => id.GetInt32().ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    private sealed record Transform(double ScaleX, double ScaleY, double TranslateX, double TranslateY)
    {
        public static Transform? Of(JsonElement root)
        {
            if (!root.TryGetProperty("transform", out var t)) return null;
            var (scale, translate) = (t.GetProperty("scale"), t.GetProperty("translate"));
            return new Transform(scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());
        }
    }
}
