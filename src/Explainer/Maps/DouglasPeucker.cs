namespace Explainer.Maps;

/// <summary>
/// Douglas–Peucker line simplification: which points of a line to keep so that none dropped lies
/// farther than the tolerance from the simplified line. The two ends are always kept.
/// </summary>
internal static class DouglasPeucker
{
    public static bool[] Keep(IReadOnlyList<PlanePoint> line, double tolerance)
    {
        var keep = new bool[line.Count];
        if (line.Count == 0) return keep;
        keep[0] = keep[^1] = true;
        if (line.Count < 3) return keep;
        if (line[0] == line[^1])
        {
            // A closed line (an island drawn by one arc) has no chord to measure from: it is split at its farthest
            // point, and each half keeps its own farthest point, so even a tiny island stays a quadrilateral.
            var far = Farthest(line, 0, line.Count - 1).Index;
            keep[far] = true;
            foreach (var (from, to) in new[] { (0, far), (far, line.Count - 1) })
            {
                var (index, _) = Farthest(line, from, to);
                if (index > from) keep[index] = true;
            }
        }
        var stack = new Stack<(int From, int To)>();
        for (int i = 0, previous = 0; i < line.Count; i++)
        {
            if (!keep[i] || i == 0) continue;
            stack.Push((previous, i));
            previous = i;
        }
        while (stack.Count > 0)
        {
            var (from, to) = stack.Pop();
            var (index, distance) = Farthest(line, from, to);
            if (index <= from || distance <= tolerance) continue;
            keep[index] = true;
            stack.Push((from, index));
            stack.Push((index, to));
        }
        return keep;
    }

    private static (int Index, double Distance) Farthest(IReadOnlyList<PlanePoint> line, int from, int to)
    {
        var (index, farthest) = (from, -1.0);
        for (var i = from + 1; i < to; i++)
        {
            var distance = Distance(line[i], line[from], line[to]);
            if (distance > farthest) (index, farthest) = (i, distance);
        }
        return (index, farthest);
    }

    // Distance from p to the segment a–b (to the point a when the segment has no length).
    private static double Distance(PlanePoint p, PlanePoint a, PlanePoint b)
    {
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var lengthSquared = dx * dx + dy * dy;
        var t = lengthSquared == 0 ? 0 : Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / lengthSquared, 0, 1);
        var (x, y) = (a.X + t * dx - p.X, a.Y + t * dy - p.Y);
        return Math.Sqrt(x * x + y * y);
    }
}
