namespace Explainer.Maps;

/// <summary>
/// A country the map links to: its ISO 3166-1 numeric code, name, page address and how many
/// cited statements mention it. Location places a marker for a country the atlas does not draw
/// (Singapore, Bahrain, Malta and other small states are missing at 1:110 million).
/// </summary>
public sealed record MapCountry(string NumericCode, string Name, string Href, int Statements, GeoPoint? Location = null);
