using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>
/// Previews of citations and glossary terms: by mouse, keyboard and touch, closed with Esc,
/// announced through aria-describedby, without moving any content; plain links without JavaScript.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class PreviewTests(SiteFixture site)
{
    private const string Open = "#preview:not([hidden])";

    private string Topic => site.Site.Html("/topics/").QuerySelector(".series-list a")!.GetAttribute("href")!;

    [Fact]
    public async Task Hovering_a_citation_shows_the_source_and_the_cited_paragraph_without_moving_anything()
    {
        await using var visit = await site.VisitAsync(Topic);
        var page = visit.Page;
        var cite = page.Locator(".prose a.cite").First;
        var reference = page.Locator((await cite.GetAttributeAsync("href"))!);
        await cite.ScrollIntoViewIfNeededAsync();
        var before = await LayoutAsync(page);

        await cite.HoverAsync();
        var preview = page.Locator(Open);
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await Assertions.Expect(preview).ToContainTextAsync((await reference.Locator("cite").TextContentAsync())!);
        foreach (var detail in new[] { ".reference__container", ".reference__date" })
            if (await reference.Locator(detail).CountAsync() > 0)
                await Assertions.Expect(preview).ToContainTextAsync((await reference.Locator(detail).TextContentAsync())!);
        var quote = (await reference.Locator("blockquote").TextContentAsync())!.Trim();
        Assert.Equal(quote, (await preview.Locator("blockquote").TextContentAsync())!.Trim());
        Assert.Equal("preview", await cite.GetAttributeAsync("aria-describedby"));
        await AssertInViewportAsync(page, preview);
        Assert.Equal(before, await LayoutAsync(page));
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.__shift"));

        await page.Mouse.MoveAsync(1, 1);
        await Assertions.Expect(preview).ToBeHiddenAsync();
        visit.AssertClean();
    }

    [Fact]
    public async Task Hovering_a_term_shows_its_definition_and_a_link_to_its_page()
    {
        await using var visit = await site.VisitAsync(Topic);
        var page = visit.Page;
        var term = page.Locator(".prose a.term").First;
        var slug = (await term.GetAttributeAsync("data-term"))!;
        var definition = (await page.Locator($"#term-{slug} dd").TextContentAsync())!.Trim();

        await term.HoverAsync();
        var preview = page.Locator(Open);
        await Assertions.Expect(preview).ToContainTextAsync(definition);
        var more = preview.GetByRole(AriaRole.Link);
        Assert.Equal(await term.EvaluateAsync<string>("a => a.href"), await more.EvaluateAsync<string>("a => a.href"));

        // The pointer can travel onto the preview and follow its link.
        await more.ClickAsync();
        await page.WaitForURLAsync(site.Url($"/glossary/{slug}/"));
        visit.AssertClean();
    }

    [Fact]
    public async Task Keyboard_focus_opens_the_preview_and_Esc_closes_it_and_returns_focus()
    {
        await using var visit = await site.VisitAsync(Topic);
        var page = visit.Page;
        await page.Locator("#main").FocusAsync();
        for (var i = 0; i < 80 && !await page.EvaluateAsync<bool>("() => document.activeElement.matches('a.cite, a.term')"); i++)
            await page.Keyboard.PressAsync("Tab");
        var link = page.Locator(":focus");
        Assert.True(await link.EvaluateAsync<bool>("a => a.matches('a.cite, a.term')"), "Tab never reached a citation or term");

        var preview = page.Locator(Open);
        await Assertions.Expect(preview).ToBeVisibleAsync();
        // Screen readers hear the preview as the link's description.
        await Assertions.Expect(link).ToHaveAttributeAsync("aria-describedby", "preview");
        var description = await link.EvaluateAsync<string>("a => document.getElementById(a.getAttribute('aria-describedby')).textContent");
        Assert.False(string.IsNullOrWhiteSpace(description));

        var href = (await link.GetAttributeAsync("href"))!;
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("#preview")).ToBeHiddenAsync();
        Assert.Equal(href, await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        Assert.Null(await page.Locator($"a[href='{href}']:focus").GetAttributeAsync("aria-describedby"));

        // Moving on closes it too; the next citation opens its own.
        await page.Locator(".prose a.cite").Nth(1).FocusAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync();
        visit.AssertClean();
    }

    [Fact]
    public async Task On_a_phone_a_tap_opens_the_preview_and_its_link_or_a_second_tap_follows_it()
    {
        await using var visit = await site.VisitAsync(Topic, SiteFixture.Phone);
        var page = visit.Page;
        var url = page.Url;
        var cite = page.Locator(".prose a.cite").First;
        await cite.ScrollIntoViewIfNeededAsync();
        var before = await LayoutAsync(page);

        await cite.TapAsync();
        var preview = page.Locator(Open);
        await Assertions.Expect(preview).ToBeVisibleAsync();
        Assert.Equal(url, page.Url);
        await AssertInViewportAsync(page, preview);
        Assert.Equal(before, await LayoutAsync(page));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));

        // A second tap follows the link. The reader reads first: two quick taps are a double tap, not two taps.
        await page.WaitForTimeoutAsync(800);
        var hash = (await cite.GetAttributeAsync("href"))!;
        await cite.TapAsync();
        await page.WaitForURLAsync(site.Url(Topic) + hash);

        // A tap on the text closes a preview; a term's preview offers its page.
        var term = page.Locator(".prose a.term").First;
        await term.TapAsync();
        await Assertions.Expect(preview).ToBeVisibleAsync();
        await page.Locator("h1").TapAsync();
        await Assertions.Expect(preview).ToBeHiddenAsync();
        await term.TapAsync();
        var target = await term.EvaluateAsync<string>("a => a.href");
        await preview.GetByRole(AriaRole.Link, new() { Name = "Read the glossary entry" }).TapAsync();
        await page.WaitForURLAsync(target);
        visit.AssertClean();
    }

    [Fact]
    public async Task Without_javascript_citations_and_terms_are_plain_working_links()
    {
        var options = SiteFixture.Desktop;
        options.JavaScriptEnabled = false;
        await using var visit = await site.VisitAsync(Topic, options);
        var page = visit.Page;
        var cite = page.Locator(".prose a.cite").First;
        var hash = (await cite.GetAttributeAsync("href"))!;
        await cite.ClickAsync();
        await page.WaitForURLAsync(site.Url(Topic) + hash);
        await Assertions.Expect(page.Locator(hash)).ToBeInViewportAsync();
        await Assertions.Expect(page.Locator("#preview")).ToHaveCountAsync(0);

        var term = page.Locator(".prose a.term").First;
        var target = await term.EvaluateAsync<string>("a => a.href");
        await term.ClickAsync();
        await page.WaitForURLAsync(target);
        visit.AssertClean();
    }

    /// <summary>Where the page's content sits, to compare before and after a preview opens; also starts counting layout shifts.</summary>
    private static Task<string> LayoutAsync(IPage page) => page.EvaluateAsync<string>("""
        () => {
          if (window.__shift === undefined) {
            window.__shift = 0;
            new PerformanceObserver(list => { for (const e of list.getEntries()) window.__shift += e.value; })
              .observe({ type: 'layout-shift' });
          }
          const parts = Array.from(document.querySelectorAll('main > * , .prose > *, .site-header, .site-footer'));
          return [document.documentElement.scrollWidth, document.documentElement.scrollHeight]
            .concat(parts.map(e => { const r = e.getBoundingClientRect(); return [r.x, r.y + scrollY, r.width, r.height].join(','); }))
            .join(';');
        }
        """);

    private static async Task AssertInViewportAsync(IPage page, ILocator preview)
    {
        var inside = await preview.EvaluateAsync<bool>("""
            p => { const r = p.getBoundingClientRect();
                   return r.left >= 0 && r.top >= 0 && r.right <= document.documentElement.clientWidth && r.bottom <= innerHeight; }
            """);
        Assert.True(inside, "the preview is not inside the viewport");
    }
}
