using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>
/// The countries, the map and the timeline as readers meet them: on a 360 px phone and a wide
/// desktop, in the light and the dark theme, with no accessibility violation; the map's country
/// links reachable by keyboard, each with a name, and working without JavaScript.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class CountryTests(SiteFixture site)
{
    public static TheoryData<string, bool, ColorScheme> Views()
    {
        var views = new TheoryData<string, bool, ColorScheme>();
        foreach (var path in new[] { "/countries/", "/countries/uganda/", "/timeline/" })
            foreach (var phone in new[] { true, false })
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                    views.Add(path, phone, scheme);
        return views;
    }

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Countries_and_the_timeline_pass_axe_at_phone_and_desktop_width_in_both_themes(string path, bool phone, ColorScheme scheme)
    {
        var options = phone ? SiteFixture.Phone : SiteFixture.Desktop;
        options.ColorScheme = scheme;
        await using var visit = await site.VisitAsync(path, options);

        Assert.Empty(await Axe.ViolationsAsync(visit.Page));
        var overflow = await visit.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"scrolls sideways by {overflow}px");
        visit.AssertClean();
    }

    [Fact]
    public async Task Every_country_on_the_map_is_reached_by_the_tab_key_and_named()
    {
        await using var visit = await site.VisitAsync("/countries/", SiteFixture.Desktop);
        var page = visit.Page;
        var links = await page.Locator(".world-map svg a").CountAsync();
        Assert.True(links >= 20, $"{links} countries on the map");

        await page.Locator(".world-map figcaption").ClickAsync();
        var reached = new List<string>();
        for (var press = 0; press < links + 5 && reached.Count < links; press++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string?>("() => document.activeElement.closest('.world-map svg a') ? document.activeElement.getAttribute('aria-label') : null");
            if (focused is not null) reached.Add(focused);
        }
        Assert.Equal(links, reached.Distinct().Count());
        Assert.All(reached, name => Assert.Matches(@"^[\p{L} .’'()-]+: \d+ cited statements?$", name));
    }

    [Fact]
    public async Task A_country_on_the_map_leads_to_its_page_without_javascript()
    {
        var options = SiteFixture.Desktop;
        options.JavaScriptEnabled = false;
        await using var visit = await site.VisitAsync("/countries/", options);

        await visit.Page.Locator(".world-map svg a[href$='/countries/uganda/']").ClickAsync();

        await Assertions.Expect(visit.Page.Locator("h1")).ToHaveTextAsync("Uganda");
        await Assertions.Expect(visit.Page.Locator(".prose li a[href*='#cite-']").First).ToBeVisibleAsync();
    }
}
