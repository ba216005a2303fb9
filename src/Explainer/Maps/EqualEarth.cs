namespace Explainer.Maps;

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson and Jenny, 2018), scaled into an SVG viewBox:
/// equal-area, so a country's size on the map is its size on the globe, with straight parallels
/// and the poles as lines. The whole world fills the width, inside a small margin for strokes.
/// </summary>
public sealed class EqualEarth
{
    private const double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;
    private static readonly double HalfWidth = Raw(Math.PI, 0).X;
    private static readonly double HalfHeight = Raw(0, Math.PI / 2).Y;

    private readonly double scale;

    public EqualEarth(double width = 1000, double margin = 2)
    {
        scale = (width - 2 * margin) / (2 * HalfWidth);
        Width = width;
        Height = Math.Ceiling(2 * (margin + scale * HalfHeight));
    }

    public double Width { get; }

    /// <summary>The height of the viewBox: a whole number, so the viewBox is written without decimals.</summary>
    public double Height { get; }

    /// <summary>(0°, 0°) lands in the centre; north is up. Longitudes beyond ±180° continue past the edge.</summary>
    public PlanePoint Project(GeoPoint point)
    {
        var (x, y) = Raw(point.Longitude * Math.PI / 180, point.Latitude * Math.PI / 180);
        return new PlanePoint(Width / 2 + scale * x, Height / 2 - scale * y);
    }

    /// <summary>The outline of the globe: the meridians at ±180°, joined by the poles' lines.</summary>
    public IReadOnlyList<GeoPoint> Outline(double stepDegrees = 5)
    {
        var steps = (int)Math.Ceiling(180 / stepDegrees);
        var east = Enumerable.Range(0, steps + 1).Select(i => new GeoPoint(180, 90 - 180.0 * i / steps));
        var west = Enumerable.Range(0, steps + 1).Select(i => new GeoPoint(-180, -90 + 180.0 * i / steps));
        return [.. east, .. west, new GeoPoint(180, 90)];
    }

    /// <summary>The projection on the unit sphere, angles in radians, y up (the published formula).</summary>
    public static (double X, double Y) Raw(double longitude, double latitude)
    {
        var theta = Math.Asin(M * Math.Sin(latitude));
        var theta2 = theta * theta;
        var theta6 = theta2 * theta2 * theta2;
        return (
            longitude * Math.Cos(theta) / (M * (A1 + 3 * A2 * theta2 + theta6 * (7 * A3 + 9 * A4 * theta2))),
            theta * (A1 + A2 * theta2 + theta6 * (A3 + A4 * theta2)));
    }
}
