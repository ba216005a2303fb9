namespace Explainer.Maps;

/// <summary>A projected point in SVG user units: x to the right, y downwards.</summary>
public readonly record struct PlanePoint(double X, double Y);
