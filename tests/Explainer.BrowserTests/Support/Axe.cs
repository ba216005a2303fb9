using System.Text.Json;

namespace Explainer.BrowserTests.Support;

/// <summary>
/// Runs axe-core (WCAG 2 A and AA rules) on the open page. The script is served from the site's
/// own origin, so it loads under the page's content policy without bypassing it.
/// </summary>
public static class Axe
{
    /// <summary>The violations of the WCAG 2 A and AA rules, or of the named rules only.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page, params string[] rules)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Url = StaticServer.AxePath });
        var result = await page.EvaluateAsync<JsonElement>("""
            async rules => {
              const runOnly = rules.length ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa'] };
              const result = await axe.run(document, { runOnly });
              return result.violations.map(v => ({
                id: v.id,
                help: v.help,
                nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\s+/g, ' '))
              }));
            }
            """, rules);
        return result.EnumerateArray()
            .Select(v => $"{v.GetProperty("id").GetString()}: {v.GetProperty("help").GetString()}\n    "
                + string.Join("\n    ", v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString())))
            .ToList();
    }
}
