using Explainer.BrowserTests.Support;
using Explainer.Pipeline;
using Explainer.Preview;

namespace Explainer.BrowserTests;

/// <summary>
/// The live preview shows drafts, as <c>preview</c> does by default: a draft of the real site opens
/// in Chromium with a visible "Draft" banner above its title, readable in both themes and at phone
/// width, with no accessibility violation; published pages carry no banner.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class DraftPreviewTests(SiteFixture site)
{
    private const string Draft = """
        ---
        title: "Surveillance exports after 2018"
        description: "What changed in the years after the sources were written."
        draft: true
        ---

        Reuters reported on the study of Freedom House [@reuters-exports, ¶1].
        """;

    [Theory]
    [InlineData(false, ColorScheme.Light)]
    [InlineData(true, ColorScheme.Dark)]
    public async Task A_draft_in_the_preview_shows_a_visible_draft_banner_above_its_title(bool phone, ColorScheme scheme)
    {
        var temp = Directory.CreateTempSubdirectory("explainer-draft-preview-").FullName;
        try
        {
            foreach (var file in new[] { "statiq.json" })
                File.Copy(Path.Combine(RepositoryRoot.Path, file), Path.Combine(temp, file));
            foreach (var folder in new[] { "input", "seeds", "theme" })
                BuiltSite.CopyFolder(Path.Combine(RepositoryRoot.Path, folder), Path.Combine(temp, folder));
            File.WriteAllText(Path.Combine(temp, "input/topics/after-2018.md"), Draft);
            await using var host = await PreviewHost.StartAsync(BuildOptions.ForRoot(temp) with { Drafts = true }, port: 0, TextWriter.Null, TextWriter.Null);
            Assert.True(host.Session.Last is { Succeeded: true }, string.Join('\n', host.Session.Last?.Diagnostics ?? []));

            var options = phone ? SiteFixture.Phone : SiteFixture.Desktop;
            options.ColorScheme = scheme;
            // axe-core is injected as an inline script, which the site's content policy rightly forbids.
            options.BypassCSP = true;
            await using var context = await site.Browser.NewContextAsync(options);
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(host.SiteAddress, "topics/after-2018/").ToString());

            var banner = page.Locator("main .draft-banner");
            await Assertions.Expect(banner).ToBeVisibleAsync();
            await Assertions.Expect(banner).ToHaveTextAsync("Draft Not published: this page shows because the build includes drafts (preview, or build --drafts). Drafts are never in the feed, the sitemap or the search index.");
            var bannerBox = (await banner.BoundingBoxAsync())!;
            var titleBox = (await page.Locator("h1").BoundingBoxAsync())!;
            Assert.True(bannerBox.Y + bannerBox.Height <= titleBox.Y, "the banner is not above the title");
            Assert.True(bannerBox.Height >= 24, $"the banner is only {bannerBox.Height}px high");
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "node_modules/axe-core/axe.min.js")) });
            Assert.Empty(await Axe.ViolationsAsync(page));
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"scrolls sideways by {overflow}px");

            await page.GotoAsync(new Uri(host.SiteAddress, "topics/africa/").ToString());
            await Assertions.Expect(page.Locator(".draft-banner")).ToHaveCountAsync(0);
        }
        finally
        {
            try { Directory.Delete(temp, recursive: true); } catch (IOException) { }
        }
    }
}
