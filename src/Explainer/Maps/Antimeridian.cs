namespace Explainer.Maps;

/// <summary>
/// Cuts rings where they cross the antimeridian (±180°). Natural Earth draws Fiji, Russia's far
/// east and Antarctica as rings that step from 180° to −180°; drawn as they are, those steps
/// become lines across the whole map. A ring that crosses and comes back is cut into a piece on
/// each side; a ring that goes once around the globe (Antarctica) encloses a pole, so its step is
/// drawn along the edge of the map to that pole instead.
/// </summary>
internal static class Antimeridian
{
    /// <summary>The points with each longitude moved by whole turns so that no step between neighbours exceeds 180°.</summary>
    public static GeoPoint[] Unwrap(IReadOnlyList<GeoPoint> points)
    {
        var unwrapped = new GeoPoint[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            var longitude = points[i].Longitude;
            if (i > 0)
            {
                var step = longitude - points[i - 1].Longitude;
                longitude = unwrapped[i - 1].Longitude + step - 360 * Math.Round(step / 360);
            }
            unwrapped[i] = points[i] with { Longitude = longitude };
        }
        return unwrapped;
    }

    /// <summary>The closed ring as one or more closed rings, none of which crosses the antimeridian.</summary>
    public static IReadOnlyList<IReadOnlyList<GeoPoint>> Cut(IReadOnlyList<GeoPoint> ring)
    {
        if (ring.Count < 2) return [ring];
        var unwrapped = Unwrap(ring);
        if (Math.Abs(unwrapped[^1].Longitude - unwrapped[0].Longitude) > 180) return [AroundPole(ring)];
        var (west, east) = (unwrapped.Min(p => p.Longitude), unwrapped.Max(p => p.Longitude));
        var pieces = new List<IReadOnlyList<GeoPoint>>();
        // Turn k is the copy of the world between −180° + 360°k and 180° + 360°k; the ring's part in it is moved back by k turns.
        for (var turn = (int)Math.Floor((west + 180) / 360); turn <= (int)Math.Ceiling((east - 180) / 360); turn++)
        {
            var (left, right) = (-180 + 360.0 * turn, 180 + 360.0 * turn);
            if (east <= left || west >= right) continue;
            IReadOnlyList<GeoPoint> piece = west >= left && east <= right ? unwrapped : Clip(Clip(unwrapped, right, keepWest: true), left, keepWest: false);
            if (piece.Count >= 4) pieces.Add(piece.Select(p => p with { Longitude = Math.Clamp(p.Longitude - 360.0 * turn, -180, 180) }).ToArray());
        }
        return pieces;
    }

    // Sutherland–Hodgman against one meridian: the strip between two meridians is convex, so two passes clip any ring to it.
    private static List<GeoPoint> Clip(IReadOnlyList<GeoPoint> ring, double meridian, bool keepWest)
    {
        bool Inside(GeoPoint p) => keepWest ? p.Longitude <= meridian : p.Longitude >= meridian;
        var clipped = new List<GeoPoint>();
        for (var i = 0; i < ring.Count - 1; i++)
        {
            var (from, to) = (ring[i], ring[i + 1]);
            if (Inside(from)) clipped.Add(from);
            if (Inside(from) != Inside(to) && from.Longitude != meridian && to.Longitude != meridian)
                clipped.Add(new GeoPoint(meridian, Latitude(from, to, meridian)));
        }
        if (clipped.Count > 0) clipped.Add(clipped[0]);
        return clipped;
    }

    private static double Latitude(GeoPoint from, GeoPoint to, double longitude) =>
        from.Latitude + (to.Latitude - from.Latitude) * (longitude - from.Longitude) / (to.Longitude - from.Longitude);

    // The ring steps across the antimeridian once: the step is replaced by a path down the map's edge, along the pole and back up.
    private static IReadOnlyList<GeoPoint> AroundPole(IReadOnlyList<GeoPoint> ring)
    {
        var result = new List<GeoPoint>(ring.Count + 4);
        var detoured = false;
        for (var i = 0; i < ring.Count; i++)
        {
            result.Add(ring[i]);
            if (detoured || i == ring.Count - 1 || Math.Abs(ring[i + 1].Longitude - ring[i].Longitude) <= 180) continue;
            var (from, to) = (ring[i], ring[i + 1]);
            var side = from.Longitude >= 0 ? 180.0 : -180.0;
            var unwrappedTo = to.Longitude + 2 * side;
            var crossing = from.Longitude == unwrappedTo ? from.Latitude : Latitude(from, to with { Longitude = unwrappedTo }, side);
            var pole = crossing < 0 ? -90.0 : 90.0;
            result.AddRange([new(side, crossing), new(side, pole), new(-side, pole), new(-side, crossing)]);
            detoured = true;
        }
        return result;
    }
}
