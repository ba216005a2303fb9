using Explainer.Maps;

namespace Explainer.Tests.Maps;

public sealed class WorldAtlasTests
{
    // Two quantized, delta-encoded arcs: a (0,0)→(2,0)→(2,2) and b (0,0)→(0,2)→(2,2); the square is a, then b reversed.
    private const string TinyTopology = """
        {"type":"Topology","transform":{"scale":[0.5,0.25],"translate":[10,-5]},
         "arcs":[[[0,0],[4,0],[0,8]],[[0,0],[0,8],[4,0]]],
         "objects":{"countries":{"type":"GeometryCollection","geometries":[
           {"type":"Polygon","arcs":[[0,-2]],"id":"040","properties":{"name":"Squareland"}},
           {"type":"MultiPolygon","arcs":[[[1,-1]]],"properties":{"name":"No Code"}},
           {"type":null,"id":"999","properties":{"name":"Nowhere"}}]}}}
        """;

    [Fact]
    public void Decodes_quantized_delta_encoded_arcs_and_follows_a_reversed_arc_backwards()
    {
        var square = WorldAtlas.Parse(TinyTopology).Countries[0];
        Assert.Equal(("040", "Squareland"), (square.NumericCode, square.Name));
        var ring = Assert.Single(Assert.Single(square.Polygons).Rings);
        Assert.Equal([new(10, -5), new(12, -5), new(12, -3), new(10, -3), new(10, -5)], ring);
    }

    [Fact]
    public void A_feature_without_an_id_has_no_code_and_one_without_geometry_has_no_polygons()
    {
        var countries = WorldAtlas.Parse(TinyTopology).Countries;
        Assert.Equal((null, "No Code"), (countries[1].NumericCode, countries[1].Name));
        Assert.Empty(countries[2].Polygons);
    }

    [Fact]
    public void Finds_a_country_by_its_code_with_or_without_leading_zeros()
    {
        var atlas = WorldAtlas.Parse(TinyTopology);
        Assert.Equal("Squareland", atlas.Find("40")?.Name);
        Assert.Equal("Squareland", atlas.Find("040")?.Name);
        Assert.Null(atlas.Find("041"));
    }

    [Fact]
    public void An_arc_index_beyond_the_arcs_is_a_format_error()
    {
        Assert.Throws<FormatException>(() => WorldAtlas.Parse(TinyTopology.Replace("[[0,-2]]", "[[0,-3]]")));
    }

    [Fact]
    public void The_real_atlas_has_the_177_countries_of_natural_earth_at_110m()
    {
        var atlas = RealAtlas.Atlas;
        Assert.Equal(177, atlas.Countries.Count);
        Assert.Equal(["Kosovo", "N. Cyprus", "Somaliland"], atlas.Countries.Where(c => c.NumericCode is null).Select(c => c.Name).Order());
        foreach (var (code, name) in new[] { ("800", "Uganda"), ("218", "Ecuador"), ("156", "China"), ("840", "United States of America"), ("688", "Serbia"), ("704", "Vietnam"), ("10", "Antarctica") })
            Assert.Equal(name, atlas.Find(code)?.Name);
    }

    [Fact]
    public void Every_ring_of_the_real_atlas_is_closed()
    {
        var rings = RealAtlas.Atlas.Countries.SelectMany(c => c.Polygons).SelectMany(p => p.Rings).ToArray();
        Assert.All(rings, ring => Assert.Equal(ring[0], ring[^1]));
    }

    [Fact]
    public void Simplifying_keeps_shared_borders_shared()
    {
        var simplified = RealAtlas.Atlas.Simplify(new EqualEarth().Project, 2);
        var (uganda, kenya) = (simplified.Find("800")!, simplified.Find("404")!);
        var border = uganda.Polygons.SelectMany(p => p.Rings).SelectMany(r => r).ToHashSet();
        Assert.True(kenya.Polygons.SelectMany(p => p.Rings).SelectMany(r => r).Count(border.Contains) >= 2);
        Assert.True(simplified.Countries.Sum(c => c.Polygons.Sum(p => p.Rings.Sum(r => r.Count)))
            < RealAtlas.Atlas.Countries.Sum(c => c.Polygons.Sum(p => p.Rings.Sum(r => r.Count))) / 2);
    }
}
