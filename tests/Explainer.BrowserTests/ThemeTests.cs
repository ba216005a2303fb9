using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>Light and dark: the system's choice by default, the reader's once made, remembered across pages and reloads.</summary>
[Collection(SiteCollection.Name)]
public sealed class ThemeTests(SiteFixture site)
{
    [Fact]
    public async Task The_toggle_switches_the_theme_and_the_choice_survives_a_reload_and_other_pages()
    {
        var options = SiteFixture.Desktop;
        options.ColorScheme = ColorScheme.Light;
        await using var visit = await site.VisitAsync("/", options);
        var page = visit.Page;
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Dark theme" });
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        var light = await BackgroundAsync(page);

        await toggle.ClickAsync();
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        var dark = await BackgroundAsync(page);
        Assert.NotEqual(light, dark);

        await page.ReloadAsync();
        Assert.Equal("dark", await page.Locator("html").GetAttributeAsync("data-theme"));
        Assert.Equal(dark, await BackgroundAsync(page));
        await Assertions.Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");

        await visit.GoAsync("/glossary/");
        Assert.Equal(dark, await BackgroundAsync(page));

        await toggle.ClickAsync();
        await page.ReloadAsync();
        Assert.Equal(light, await BackgroundAsync(page));
        visit.AssertClean();
    }

    [Fact]
    public async Task Without_a_choice_the_site_follows_the_system_setting()
    {
        var options = SiteFixture.Desktop;
        options.ColorScheme = ColorScheme.Dark;
        await using var visit = await site.VisitAsync("/", options);
        var page = visit.Page;
        Assert.Null(await page.Locator("html").GetAttributeAsync("data-theme"));
        await Assertions.Expect(page.Locator(".theme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
        var dark = await BackgroundAsync(page);
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Light });
        Assert.NotEqual(dark, await BackgroundAsync(page));
        await Assertions.Expect(page.Locator(".theme-toggle")).ToHaveAttributeAsync("aria-pressed", "false");
        visit.AssertClean();
    }

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
