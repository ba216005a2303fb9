namespace Explainer.Maps;

/// <summary>A place on the globe in degrees: longitude east of Greenwich, latitude north of the equator.</summary>
public readonly record struct GeoPoint(double Longitude, double Latitude);
