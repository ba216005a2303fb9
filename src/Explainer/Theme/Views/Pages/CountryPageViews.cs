namespace Explainer.Theme.Views;

/// <summary>A country's page: its summary and statements are the body; the code and the topics that cover it are here.</summary>
public sealed record CountryPageView : PageView
{
    /// <summary>The ISO 3166-1 alpha-2 code.</summary>
    public string Code { get; init; } = "";
    /// <summary>The topics whose frontmatter names the country.</summary>
    public IReadOnlyList<LinkView> CoveredBy { get; init; } = [];
}

/// <summary>/countries/: the world map and the same data as a table.</summary>
public sealed record CountriesPageView : PageView
{
    public required WorldMapView Map { get; init; }
}

/// <summary>A country in the list beside the map: how much the series and the sources say about it.</summary>
/// <param name="Statements">Cited statements of the series that mention it.</param>
/// <param name="Paragraphs">Source paragraphs that mention it.</param>
public sealed record CountryRowView(string Name, string Url, string Path, int Statements, int Paragraphs, bool HasSummary);

/// <summary>The world map (inline SVG, drawn at build time), its legend and the countries it links, as a list.</summary>
public sealed record WorldMapView(RawHtml Svg, IReadOnlyList<LegendEntryView> Legend, IReadOnlyList<CountryRowView> Countries);

/// <summary>One shade of the map's legend: its class and what it means ("5–9 statements").</summary>
public sealed record LegendEntryView(string Shade, string Label);
