using Explainer.Maps;

namespace Explainer.Tests.Maps;

public sealed class DouglasPeuckerTests
{
    [Fact]
    public void Keeps_both_ends_and_the_points_farther_than_the_tolerance()
    {
        PlanePoint[] line = [new(0, 0), new(1, 0.1), new(2, 0), new(3, 5), new(4, 0)];
        Assert.Equal([true, false, true, true, true], DouglasPeucker.Keep(line, 0.5));
    }

    [Fact]
    public void A_closed_line_keeps_at_least_four_points()
    {
        PlanePoint[] island = [new(0, 0), new(0.1, 0), new(0.2, 0.05), new(0.2, 0.1), new(0.1, 0.12), new(0, 0.1), new(0, 0)];
        // Split at its farthest point (0.2, 0.1); each half keeps its own farthest point: a quadrilateral, closed.
        Assert.Equal([true, true, false, true, false, true, true], DouglasPeucker.Keep(island, 10));
    }
}
