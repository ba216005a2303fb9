using Explainer.Maps;

namespace Explainer.Tests.Maps;

public sealed class AntimeridianTests
{
    [Fact]
    public void A_ring_across_the_antimeridian_is_cut_into_a_piece_on_each_side()
    {
        GeoPoint[] island = [new(178, -16), new(-178, -16), new(-178, -18), new(178, -18), new(178, -16)];
        var pieces = Antimeridian.Cut(island);
        Assert.Equal(2, pieces.Count);
        Assert.Equal([new(178, -16), new(180, -16), new(180, -18), new(178, -18), new(178, -16)], pieces[0]);
        Assert.Equal([new(-180, -16), new(-178, -16), new(-178, -18), new(-180, -18), new(-180, -16)], pieces[1]);
    }

    [Fact]
    public void A_ring_that_touches_the_antimeridian_from_both_sides_is_cut_where_it_touches()
    {
        // As Natural Earth draws Fiji: the ring steps from 180° to −180° at the same latitude.
        GeoPoint[] ring = [new(179, -16), new(180, -16), new(-180, -16), new(-179, -17), new(-180, -18), new(180, -18), new(179, -16)];
        var pieces = Antimeridian.Cut(ring);
        Assert.Equal(2, pieces.Count);
        // The points already on the line are kept beside the cut's own, as in the south pole test: steps of no length.
        Assert.Equal([new(179, -16), new(180, -16), new(180, -16), new(180, -18), new(180, -18), new(179, -16)], pieces[0]);
        Assert.Equal([new(-180, -16), new(-180, -16), new(-179, -17), new(-180, -18), new(-180, -18), new(-180, -16)], pieces[1]);
    }

    [Fact]
    public void A_ring_on_one_side_is_left_as_it_is()
    {
        GeoPoint[] ring = [new(30, 0), new(31, 0), new(31, 1), new(30, 0)];
        Assert.Equal(ring, Assert.Single(Antimeridian.Cut(ring)));
    }

    [Fact]
    public void A_ring_around_the_south_pole_goes_down_the_edge_and_along_the_pole()
    {
        GeoPoint[] antarctica = [new(-180, -80), new(0, -70), new(180, -80), new(-180, -80)];
        var ring = Assert.Single(Antimeridian.Cut(antarctica));
        Assert.Equal([new(-180, -80), new(0, -70), new(180, -80), new(180, -80), new(180, -90), new(-180, -90), new(-180, -80), new(-180, -80)], ring);
    }

    [Fact]
    public void No_ring_of_the_real_atlas_steps_across_the_map_once_cut()
    {
        var rings = RealAtlas.Atlas.Countries.SelectMany(c => c.Polygons).SelectMany(p => p.Rings).SelectMany(Antimeridian.Cut).ToArray();
        Assert.All(rings, ring => Assert.All(ring.Zip(ring.Skip(1)), step => Assert.True(StaysOnTheMap(step), $"{step}")));
        foreach (var code in new[] { "242", "643" }) // Fiji and Russia cross; each ends up with pieces on both sides
        {
            var pieces = RealAtlas.Atlas.Find(code)!.Polygons.SelectMany(p => Antimeridian.Cut(p.Rings[0])).ToArray();
            Assert.Contains(pieces, piece => piece.All(p => p.Longitude > 0));
            Assert.Contains(pieces, piece => piece.All(p => p.Longitude < 0));
        }
    }

    // A step of more than 180° in longitude is drawn across the whole map: only along a pole's line is that the outline it means.
    private static bool StaysOnTheMap((GeoPoint First, GeoPoint Second) step) =>
        Math.Abs(step.First.Longitude - step.Second.Longitude) <= 180
        || (Math.Abs(step.First.Latitude) == 90 && step.First.Latitude == step.Second.Latitude);
}
