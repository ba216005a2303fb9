using System.Text.RegularExpressions;
using Explainer.BrowserTests.Support;

namespace Explainer.BrowserTests;

/// <summary>
/// Checks every page of the real site: accessibility (axe-core, WCAG 2 A and AA) on a 360 px
/// phone in the light theme, colour contrast again in the dark theme, no horizontal scrolling,
/// no request off the site's origin, no console errors; the HTML of the whole output (vnu);
/// and the content policy every page carries.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class EveryPageTests(SiteFixture site)
{
    [Fact]
    public async Task Every_page_on_a_360px_phone_passes_axe_and_does_not_scroll_sideways()
    {
        var problems = await SweepAsync(SiteFixture.Phone, ColorScheme.Light, async page =>
        {
            var problems = new List<string>(await Axe.ViolationsAsync(page));
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            if (overflow > 0) problems.Add($"scrolls sideways by {overflow}px");
            return problems;
        });
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Every_page_in_the_dark_theme_has_sufficient_contrast()
    {
        var problems = await SweepAsync(SiteFixture.Desktop, ColorScheme.Dark, page => Axe.ViolationsAsync(page, "color-contrast", "link-in-text-block"));
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_html_file_of_the_output_is_valid_html()
    {
        var errors = Vnu.Errors(site.Site.Output);
        Assert.True(errors.Count == 0, $"{errors.Count} vnu errors:\n" + string.Join('\n', errors.Take(50)));
    }

    [Fact]
    public void Every_page_has_a_strict_content_policy_and_nothing_inline_or_from_elsewhere()
    {
        var problems = new List<string>();
        foreach (var path in site.Site.HtmlFiles())
        {
            var html = site.Site.Html(path);
            var policy = html.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            if (policy is null) { problems.Add($"{path}: no Content-Security-Policy meta tag"); continue; }
            var directives = policy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToDictionary(d => d.Split(' ')[0], d => d);
            foreach (var name in new[] { "script-src", "style-src" })
            {
                var directive = directives.GetValueOrDefault(name) ?? directives.GetValueOrDefault("default-src") ?? "";
                if (directive.Length == 0 || directive.Contains("'unsafe-inline'") || directive.Contains("'unsafe-eval'") || directive.Contains('*') || HostSource().IsMatch(directive))
                    problems.Add($"{path}: {name} is not limited to the site: '{directive}'");
            }
            if (!directives.GetValueOrDefault("default-src", "").Contains("'self'")) problems.Add($"{path}: default-src is not 'self'");
            problems.AddRange(html.QuerySelectorAll("[style]").Select(e => $"{path}: style attribute on <{e.LocalName}>"));
            problems.AddRange(html.QuerySelectorAll("style").Select(_ => $"{path}: <style> element"));
            problems.AddRange(html.QuerySelectorAll("script:not([src])")
                .Where(s => s.GetAttribute("type") is not ("application/ld+json" or "application/json"))
                .Select(_ => $"{path}: inline script"));
            problems.AddRange(html.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal))
                .Select(a => $"{path}: event handler attribute {a.Name}"));
            problems.AddRange(html.QuerySelectorAll("script[src], link[href]:not([rel~=alternate]):not([rel=canonical]), img[src], iframe, embed, object, video, audio, source")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href") ?? "")
                .Where(url => url.Contains("//", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
                .Select(url => $"{path}: resource from elsewhere {url}"));
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(50)));
    }

    [Fact]
    public void Every_citation_and_term_has_the_entry_its_preview_is_made_from()
    {
        var problems = new List<string>();
        foreach (var path in site.Site.Pages())
        {
            var html = site.Site.Html(path);
            problems.AddRange(html.QuerySelectorAll("a.cite")
                .Where(a => html.GetElementById(a.GetAttribute("href")!.TrimStart('#'))?.QuerySelector(".reference__source") is null)
                .Select(a => $"{path}: citation {a.GetAttribute("href")} has no reference entry"));
            problems.AddRange(html.QuerySelectorAll("a.term")
                .Where(a => html.GetElementById("term-" + a.GetAttribute("data-term"))?.QuerySelector("dd") is null)
                .Select(a => $"{path}: term {a.GetAttribute("data-term")} is not in the page's term list"));
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(50)));
    }

    /// <summary>Visits every page, two at a time (one per core), in contexts that record requests and errors.</summary>
    private async Task<List<string>> SweepAsync(BrowserNewContextOptions options, ColorScheme scheme, Func<IPage, Task<IReadOnlyList<string>>> check)
    {
        options.ColorScheme = scheme;
        var pages = site.Site.Pages();
        var workers = Enumerable.Range(0, 2).Select(async worker =>
        {
            var problems = new List<string>();
            await using var visit = await site.VisitAsync("/", options);
            foreach (var path in pages.Where((_, index) => index % 2 == worker))
            {
                await visit.GoAsync(path);
                problems.AddRange((await check(visit.Page)).Select(p => $"{path}: {p}"));
            }
            problems.AddRange(visit.ForeignRequests().Select(r => $"request off the site: {r}"));
            problems.AddRange(visit.Errors().Select(e => $"console error: {e}"));
            problems.AddRange(visit.FailedResponses().Select(r => $"error answer: {r}"));
            return problems;
        });
        return (await Task.WhenAll(workers)).SelectMany(p => p).ToList();
    }

    [GeneratedRegex(@"https?:|\w+\.\w+")]
    private static partial Regex HostSource();
}
