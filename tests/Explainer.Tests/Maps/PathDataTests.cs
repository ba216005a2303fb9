using Explainer.Maps;

namespace Explainer.Tests.Maps;

public sealed class PathDataTests
{
    [Fact]
    public void Writes_a_ring_in_tenths_relative_to_the_point_before()
    {
        var path = new PathData();
        path.AddRing([new(10.04, 20), new(12.55, 20.01), new(12.5, 19.46), new(10.04, 20)]);
        Assert.Equal("M10 20l2.6 0-.1-.5z", path.ToString());
    }

    [Fact]
    public void Rounding_never_drifts_however_many_points()
    {
        var path = new PathData();
        var ring = Enumerable.Range(0, 1000).Select(i => new PlanePoint(i * 0.33, i % 2 * 0.33)).Append(new PlanePoint(0, 50)).ToArray();
        path.AddRing(ring);
        var text = path.ToString();
        var deltas = text[(text.IndexOf('l') + 1)..^1].Replace("-", " -").Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(n => decimal.Parse(n, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(329.7m, deltas.Where((_, i) => i % 2 == 0).Take(999).Sum()); // 999 × 0.33 = 329.67, rounded once
    }

    [Fact]
    public void A_ring_with_no_area_after_rounding_is_left_out()
    {
        var path = new PathData();
        path.AddRing([new(1, 1), new(1.01, 1.02), new(1.03, 1), new(1, 1)]);
        Assert.True(path.IsEmpty);
    }
}
