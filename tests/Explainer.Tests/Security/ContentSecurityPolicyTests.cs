using AngleSharp.Html.Parser;
using Explainer.Tests.Support;

namespace Explainer.Tests.Security;

/// <summary>
/// Every page carries a content security policy that forbids inline script and style, and no page
/// needs one: no inline script other than JSON-LD, no style attribute or element.
/// </summary>
public sealed class ContentSecurityPolicyTests
{
    private static List<string> Problems(string output)
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var path = Path.GetRelativePath(output, file);
            var page = new HtmlParser().ParseDocument(File.ReadAllText(file));
            var policies = page.QuerySelectorAll("meta").Where(m => string.Equals(m.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase)).ToList();
            if (policies.Count != 1) problems.Add($"{path}: {policies.Count} Content-Security-Policy meta tags");
            foreach (var policy in policies.Select(p => p.GetAttribute("content") ?? ""))
            {
                if (policy.Contains("'unsafe-inline'", StringComparison.Ordinal) || policy.Contains("'unsafe-eval'", StringComparison.Ordinal) || !policy.Contains("script-src", StringComparison.Ordinal))
                    problems.Add($"{path}: weak policy {policy}");
            }
            // A policy in a meta tag governs only what comes after it.
            var head = page.Head?.Children.ToList() ?? [];
            var firstResource = head.FindIndex(e => e.LocalName is "script" or "link" or "style");
            if (policies.Count == 1 && firstResource >= 0 && head.IndexOf(policies[0]) > firstResource)
                problems.Add($"{path}: the policy comes after resources it should govern");
            foreach (var script in page.QuerySelectorAll("script").Where(s => s.GetAttribute("src") is null && s.GetAttribute("type") != "application/ld+json"))
                problems.Add($"{path}: inline script {script.OuterHtml[..Math.Min(80, script.OuterHtml.Length)]}");
            foreach (var styled in page.QuerySelectorAll("[style]"))
                problems.Add($"{path}: style attribute on <{styled.LocalName}>");
            if (page.QuerySelector("style") is not null) problems.Add($"{path}: a <style> element");
        }
        return problems;
    }

    [Fact]
    public void Every_page_of_the_real_site_carries_a_strict_policy_and_needs_no_inline_code()
    {
        using var site = RealSite.Copy(searchIndex: false);
        site.BuildOk();
        Assert.True(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Count() > 50);
        var problems = Problems(site.Output);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Every_page_of_a_small_site_with_every_kind_of_page_carries_a_strict_policy()
    {
        using var site = TestSite.From(Discrepancies.Tree + "\n-- input/about.md --\n---\ntitle: About\n---\nAbout us.\n\n{{< discrepancy start-year >}}");
        site.BuildOk();
        var problems = Problems(site.Output);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void Redirect_pages_carry_a_strict_policy()
    {
        using var site = TestSite.From(SmallSite.Replacing("order: 2\n", "order: 2\naliases: [/old/abroad/]\n"));
        site.BuildOk();
        var problems = Problems(site.Output);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
