using System.Globalization;

namespace Explainer.Maps;

/// <summary>
/// One class of the map's shading: the counts of cited statements From..To (both included) and
/// the shade, 1 (lightest) to 5 (strongest), that CssClass names for the map and its legend.
/// </summary>
public sealed record MapBucket(int From, int To, int Shade)
{
    /// <summary>"1", "2–4" or "25–87": the counts in this class, for the legend.</summary>
    public string Label => From == To
        ? From.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{From}\u2013{To}");

    /// <summary>The class the map gives each country in this bucket; the legend's swatches take the same.</summary>
    public string CssClass => string.Create(CultureInfo.InvariantCulture, $"map__shade-{Shade}");
}
