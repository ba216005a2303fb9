using System.Globalization;
using System.Text;

namespace Explainer.Maps;

/// <summary>
/// Writes the d attribute of an SVG path, compactly and always the same way: every point is
/// rounded to a tenth of a unit first, then written relative to the one before it, so the
/// rounding never drifts and the same rings give the same bytes.
/// </summary>
internal sealed class PathData
{
    private readonly StringBuilder text = new();

    public bool IsEmpty => text.Length == 0;

    /// <summary>Adds a closed ring; one with fewer than three distinct points after rounding has no area and is left out.</summary>
    public void AddRing(IEnumerable<PlanePoint> ring)
    {
        var points = new List<(long X, long Y)>();
        foreach (var point in ring)
        {
            var tenths = (Tenths(point.X), Tenths(point.Y));
            if (points.Count == 0 || points[^1] != tenths) points.Add(tenths);
        }
        if (points.Count > 1 && points[^1] == points[0]) points.RemoveAt(points.Count - 1);
        if (points.Count < 3) return;
        text.Append('M');
        Number(points[0].X, afterCommand: true);
        Number(points[0].Y, afterCommand: false);
        text.Append('l');
        for (var i = 1; i < points.Count; i++)
        {
            Number(points[i].X - points[i - 1].X, afterCommand: i == 1);
            Number(points[i].Y - points[i - 1].Y, afterCommand: false);
        }
        text.Append('z');
    }

    public override string ToString() => text.ToString();

    private static long Tenths(double value) => (long)Math.Round(value * 10, MidpointRounding.AwayFromZero);

    // "12", "1.5", ".5", "-.5": a minus sign separates numbers by itself, anything else needs a space.
    private void Number(long tenths, bool afterCommand)
    {
        if (!afterCommand && tenths >= 0) text.Append(' ');
        if (tenths < 0) text.Append('-');
        var magnitude = Math.Abs(tenths);
        if (magnitude >= 10 || magnitude == 0) text.Append((magnitude / 10).ToString(CultureInfo.InvariantCulture));
        if (magnitude % 10 != 0) text.Append('.').Append((char)('0' + magnitude % 10));
    }
}
