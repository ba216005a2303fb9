namespace Explainer.Maps;

/// <summary>A TopoJSON feature: its id, name and, per polygon, per ring, the arc indices (~i is arc i reversed).</summary>
internal sealed record TopologyFeature(string? Id, string Name, IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> Polygons);
