using System.Text;
using System.Xml.Linq;
using Explainer.Maps;

namespace Explainer.Tests.Maps;

public sealed class WorldMapTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // About as many countries as the sources mention, China far ahead; Singapore is too small for the atlas and is placed by its location.
    private static readonly MapCountry[] Mentioned =
    [
        .. new (string Code, string Name, int Statements)[]
        {
            ("156", "China", 87), ("840", "United States", 30), ("376", "Israel", 15), ("800", "Uganda", 12), ("643", "Russia", 10),
            ("218", "Ecuador", 9), ("862", "Venezuela", 8), ("688", "Serbia", 7), ("404", "Kenya", 6), ("364", "Iran", 6),
            ("586", "Pakistan", 6), ("704", "Vietnam", 5), ("826", "United Kingdom", 5), ("716", "Zimbabwe", 4), ("076", "Brazil", 4),
            ("356", "India", 4), ("894", "Zambia", 3), ("566", "Nigeria", 3), ("276", "Germany", 3), ("710", "South Africa", 2),
            ("068", "Bolivia", 2), ("250", "France", 2), ("360", "Indonesia", 2), ("646", "Rwanda", 2), ("458", "Malaysia", 1),
        }.Select(c => new MapCountry(c.Code, c.Name, $"/countries/{c.Name.ToLowerInvariant().Replace(' ', '-')}/", c.Statements)),
        new MapCountry("702", "Singapore", "/countries/singapore/", 3, new GeoPoint(103.8, 1.37)),
    ];

    private static readonly Lazy<string> Drawn = new(() => WorldMap.Svg(RealAtlas.Atlas, Mentioned, "map-caption"));

    private static readonly Lazy<XElement> Tree = new(() => XElement.Parse(Drawn.Value));

    private static XElement Parsed => Tree.Value;

    [Fact]
    public void The_svg_is_well_formed_with_a_viewbox_and_no_fixed_size()
    {
        var svg = Parsed;
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("0 0 1000 489", (string?)svg.Attribute("viewBox"));
        Assert.Null(svg.Attribute("width"));
        Assert.Null(svg.Attribute("height"));
        Assert.Equal(("group", "map-caption"), ((string?)svg.Attribute("role"), (string?)svg.Attribute("aria-labelledby")));
    }

    [Fact]
    public void The_same_countries_give_the_same_bytes()
    {
        Assert.Equal(Drawn.Value, WorldMap.Svg(RealAtlas.Atlas, Mentioned.Reverse().ToArray(), "map-caption"));
    }

    [Fact]
    public void A_mentioned_country_is_a_link_with_its_name_count_and_shade()
    {
        var uganda = Parsed.Elements(Svg + "a").Single(a => (string?)a.Attribute("href") == "/countries/uganda/");
        Assert.Equal("Uganda: 12 cited statements", (string?)uganda.Attribute("aria-label"));
        Assert.Equal("map__country map__shade-4", (string?)uganda.Attribute("class"));
        Assert.Equal("Uganda: 12 cited statements", (string?)uganda.Element(Svg + "title"));
        Assert.NotEmpty((string?)uganda.Element(Svg + "path")?.Attribute("d") ?? "");
        Assert.Equal(Mentioned.Length, Parsed.Elements(Svg + "a").Count());
    }

    [Fact]
    public void Links_come_in_the_order_of_their_names()
    {
        var names = Parsed.Elements(Svg + "a").Select(a => ((string)a.Attribute("aria-label")!).Split(':')[0]).ToArray();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
    }

    [Fact]
    public void Every_country_is_drawn_and_the_ones_without_a_page_are_hidden_from_assistive_technology()
    {
        var land = Assert.Single(Parsed.Elements(Svg + "g"));
        Assert.Equal("true", (string?)land.Attribute("aria-hidden"));
        Assert.Equal(RealAtlas.Atlas.Countries.Count - (Mentioned.Length - 1), land.Elements(Svg + "path").Count(p => p.Attribute("class") is null));
        Assert.Empty(land.Descendants(Svg + "a"));
        Assert.All(Parsed.Descendants(Svg + "path"), path => Assert.True(path.Parent!.Name == Svg + "a" || path.Parent == land));
    }

    [Fact]
    public void Nothing_is_styled_inline_and_nothing_refers_outside()
    {
        var elements = Parsed.DescendantsAndSelf().ToArray();
        Assert.DoesNotContain(elements, e => e.Attribute("style") is not null);
        Assert.DoesNotContain(elements, e => e.Name.LocalName is "style" or "image" or "use" or "script" or "foreignObject" or "text");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes()), a => a.Name.Namespace != XNamespace.None && !a.IsNamespaceDeclaration);
        Assert.Equal(Mentioned.Select(c => c.Href).Order(), elements.SelectMany(e => e.Attributes("href")).Select(a => a.Value).Order());
        Assert.DoesNotContain("url(", Drawn.Value);
    }

    [Fact]
    public void Tiny_and_missing_countries_get_a_marker_big_enough_to_find()
    {
        var links = Parsed.Elements(Svg + "a").ToDictionary(a => (string)a.Attribute("href")!);
        Assert.NotNull(links["/countries/rwanda/"].Element(Svg + "circle"));
        var singapore = links["/countries/singapore/"];
        Assert.Null(singapore.Element(Svg + "path"));
        var marker = singapore.Element(Svg + "circle")!;
        Assert.Equal(("787.1", "239.4"), ((string?)marker.Attribute("cx"), (string?)marker.Attribute("cy")));
        Assert.Null(links["/countries/china/"].Element(Svg + "circle"));
    }

    [Fact]
    public void A_country_neither_in_the_atlas_nor_placed_is_left_to_the_list()
    {
        var svg = WorldMap.Svg(RealAtlas.Atlas, [new MapCountry("492", "Monaco", "/countries/monaco/", 1)]);
        Assert.DoesNotContain("monaco", svg);
        Assert.Contains("aria-label=\"World map\"", svg);
    }

    [Fact]
    public void A_country_without_a_code_is_drawn_at_its_location()
    {
        var svg = XElement.Parse(WorldMap.Svg(RealAtlas.Atlas, [new MapCountry("", "Kosovo", "/countries/kosovo/", 2, new GeoPoint(21.17, 42.67))]));
        Assert.NotNull(svg.Element(Svg + "a")?.Element(Svg + "circle"));
        Assert.Equal(RealAtlas.Atlas.Countries.Count, svg.Element(Svg + "g")!.Elements(Svg + "path").Count(p => p.Attribute("class") is null));
    }

    [Fact]
    public void Two_countries_with_one_code_are_a_mistake()
    {
        MapCountry[] twice = [new("156", "China", "/countries/china/", 3), new("156", "PRC", "/countries/prc/", 1)];
        Assert.Throws<ArgumentException>(() => WorldMap.Svg(RealAtlas.Atlas, twice));
    }

    [Fact]
    public void Names_and_addresses_are_escaped()
    {
        var svg = WorldMap.Svg(RealAtlas.Atlas, [new MapCountry("384", "Côte d'Ivoire <&>", "/countries/a?b=1&c=2/", 1)]);
        var link = XElement.Parse(svg).Element(Svg + "a")!;
        Assert.Equal("/countries/a?b=1&c=2/", (string?)link.Attribute("href"));
        Assert.Equal("Côte d'Ivoire <&>: 1 cited statement", (string?)link.Attribute("aria-label"));
    }

    [Fact]
    public void The_whole_map_stays_well_under_100_kb()
    {
        var bytes = Encoding.UTF8.GetByteCount(Drawn.Value);
        Assert.InRange(bytes, 30_000, 70_000);
    }
}
