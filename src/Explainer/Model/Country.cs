namespace Explainer.Model;

/// <summary>
/// A country as the world-countries dataset knows it: ISO 3166-1 codes, its common name (the
/// page's title and slug) and every name the build looks for in prose.
/// </summary>
/// <param name="Code">The alpha-2 code, e.g. "UG".</param>
/// <param name="Numeric">The numeric code, e.g. "800", which the map's shapes carry.</param>
/// <param name="Location">A point inside the country (latitude, longitude), where the map marks countries too small to draw.</param>
public sealed record Country(string Code, string Numeric, string Name, string Slug, IReadOnlyList<string> Names, (double Latitude, double Longitude)? Location = null)
{
    public string Url => $"/countries/{Slug}/";
}
