using Explainer.Markdown;
using Explainer.Model;
using Explainer.Settings;
using Explainer.Tests.Support;

namespace Explainer.Tests.Countries;

/// <summary>How the build finds countries in prose: by every name, whole words, as written, in the author's own words only.</summary>
public sealed class CountryMentionTests
{
    private static readonly CountryCatalog Catalog = new([
        new Country("US", "840", "United States", "united-states", ["United States", "United States of America", "U.S."]),
        new Country("GB", "826", "United Kingdom", "united-kingdom", ["United Kingdom", "Britain"]),
        new Country("NE", "562", "Niger", "niger", ["Niger"]),
        new Country("NG", "566", "Nigeria", "nigeria", ["Nigeria"]),
        new Country("PG", "598", "Papua New Guinea", "papua-new-guinea", ["Papua New Guinea"]),
        new Country("GN", "324", "Guinea", "guinea", ["Guinea"]),
        new Country("TR", "792", "Türkiye", "turkiye", ["Türkiye", "Turkey"]),
    ]);

    private static readonly PageMarkdown Renderer = new(SiteModel.Of(SpecFixture.Glossary, SpecFixture.Library, SpecFixture.Discrepancies, new SiteUrls(SiteSettings.Default)) with { Countries = Catalog });

    private static RenderedMarkdown Render(string markdown) => Renderer.Render(markdown, (_, _, _, message) => throw new Xunit.Sdk.XunitException(message));

    private static List<string> Found(string markdown) => Render(markdown).Countries.Select(m => m.Slug).ToList();

    [Theory]
    [InlineData("Cameras went to Britain.", "united-kingdom")]
    [InlineData("The U.S. government objected.", "united-states")]
    [InlineData("The United States of America objected.", "united-states")]
    [InlineData("Officials from Turkey attended.", "turkiye")]
    public void A_country_is_found_by_any_of_its_names(string markdown, string slug) => Assert.Equal([slug], Found(markdown));

    [Theory]
    [InlineData("Nigeria bought cameras.", "nigeria")]
    [InlineData("Papua New Guinea bought cameras.", "papua-new-guinea")]
    public void Only_whole_names_count_and_the_longest_wins(string markdown, string slug) => Assert.Equal([slug], Found(markdown));

    [Theory]
    [InlineData("A turkey is a bird.")]
    [InlineData("They said \"Britain sells cameras\" on air.")]
    [InlineData("See [Britain](/countries/united-kingdom/).")]
    [InlineData("The code `Britain` is a string.")]
    [InlineData("## Britain\n\nNothing here.")]
    [InlineData("> Britain, the quote says.")]
    public void A_name_in_lower_case_a_quotation_a_link_code_a_heading_or_a_block_quote_is_not_a_mention(string markdown) => Assert.Empty(Found(markdown));

    [Fact]
    public void A_mention_keeps_its_sentence_and_the_citations_of_that_sentence()
    {
        var mentions = Render("Cameras went to Britain [@alpha, ¶2; @beta, ¶1]. The U.S. objected [@alpha, ¶3-4].").Countries;

        Assert.Equal(2, mentions.Count);
        Assert.Equal("Cameras went to Britain.", mentions[0].Sentence);
        Assert.Equal([("alpha", (int?)2, "cite-1"), ("beta", 1, "cite-2")], mentions[0].Citations.Select(c => (c.SourceId, c.Paragraph, c.OccurrenceId)));
        Assert.Equal("The U.S. objected.", mentions[1].Sentence);
        Assert.Equal(4, Assert.Single(mentions[1].Citations).ParagraphEnd);
    }

    [Fact]
    public void The_first_mention_on_a_page_links_to_the_country_and_the_rest_of_the_paragraph_stays()
    {
        var html = Render("Huawei sold Britain cameras [@alpha, ¶1]. Britain paid [@alpha, ¶2].").Html.ToString();

        Assert.Equal(1, html.Split("class=\"country\"").Length - 1);
        Assert.Contains("<a href=\"/countries/united-kingdom/\" class=\"country\">Britain</a> cameras <sup class=\"citation\" data-pagefind-ignore>", html);
        Assert.Contains("Britain paid <sup class=\"citation\" data-pagefind-ignore>", html);
        Assert.Contains("id=\"cite-2\"", html);
    }
}
