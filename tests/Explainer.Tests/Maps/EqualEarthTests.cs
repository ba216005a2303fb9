using Explainer.Maps;

namespace Explainer.Tests.Maps;

public sealed class EqualEarthTests
{
    private readonly EqualEarth projection = new();

    [Fact]
    public void The_published_formula_gives_its_known_extent()
    {
        // x at (180°, 0°) is π / (√3/2 · A1); y at the pole is θ·(A1 + A2θ² + θ⁶(A3 + A4θ²)) with θ = 60°.
        Assert.Equal(2.706630, EqualEarth.Raw(Math.PI, 0).X, 5);
        Assert.Equal(1.317363, EqualEarth.Raw(0, Math.PI / 2).Y, 5);
        Assert.Equal(1.603589, EqualEarth.Raw(Math.PI, Math.PI / 2).X, 5); // the poles are lines, not points
    }

    [Fact]
    public void Null_island_lands_in_the_centre_of_a_viewbox_1000_wide()
    {
        Assert.Equal(1000, projection.Width);
        Assert.Equal(489, projection.Height);
        Assert.Equal(new PlanePoint(500, 244.5), projection.Project(new GeoPoint(0, 0)));
    }

    [Fact]
    public void The_map_is_symmetric_about_both_axes_and_north_is_up()
    {
        var (ne, nw, se) = (projection.Project(new(40, 30)), projection.Project(new(-40, 30)), projection.Project(new(40, -30)));
        Assert.Equal(1000 - ne.X, nw.X, 9);
        Assert.Equal(ne.Y, nw.Y, 9);
        Assert.Equal(projection.Height - ne.Y, se.Y, 9);
        Assert.True(ne.Y < projection.Height / 2);
    }

    [Fact]
    public void The_whole_globe_fits_inside_the_viewbox()
    {
        foreach (var point in projection.Outline().Select(projection.Project).Append(projection.Project(new(0, 90))).Append(projection.Project(new(0, -90))))
        {
            Assert.InRange(point.X, 0, projection.Width);
            Assert.InRange(point.Y, 0, projection.Height);
        }
        Assert.Equal(2, projection.Project(new(-180, 0)).X, 9);
        Assert.Equal(998, projection.Project(new(180, 0)).X, 9);
    }

    [Fact]
    public void Equal_areas_on_the_globe_are_equal_areas_on_the_map()
    {
        // Cells 10° wide: 0°–10° at the equator and 50°–70° north hold the same area of the globe (sin φ grows by 0.17 in each).
        var equator = Area(0, 10);
        Assert.Equal(equator, Area(50, Math.Asin(Math.Sin(50 * Math.PI / 180) + Math.Sin(10 * Math.PI / 180)) * 180 / Math.PI), equator * 0.001);
    }

    // The area of the cell between longitudes 0° and 10°, its edges sampled finely and summed by the shoelace formula.
    private double Area(double south, double north)
    {
        var steps = Enumerable.Range(0, 101).Select(i => i / 100.0).ToArray();
        GeoPoint[] outline =
        [
            .. steps.Select(t => new GeoPoint(10 * t, south)), .. steps.Select(t => new GeoPoint(10, south + (north - south) * t)),
            .. steps.Select(t => new GeoPoint(10 - 10 * t, north)), .. steps.Select(t => new GeoPoint(0, north - (north - south) * t)),
        ];
        var points = outline.Select(projection.Project).ToArray();
        return Math.Abs(points.Zip(points.Skip(1), (a, b) => a.X * b.Y - b.X * a.Y).Sum()) / 2;
    }
}
