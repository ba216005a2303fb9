using Explainer.Tests.Support;

namespace Explainer.Tests.Security;

/// <summary>On a whole site, every XSS vector of a page is reported at its own line and none of them reaches the published output.</summary>
[Collection(CliCollection.Name)]
public sealed class RawHtmlSiteTests
{
    [Fact]
    public void Every_vector_on_a_page_is_reported_at_its_line_and_nothing_is_published()
    {
        var body = new System.Text.StringBuilder("---\ntitle: Vectors\ndescription: Every vector.\n---\n");
        var lines = new List<(XssVectors.Vector Vector, int Line)>();
        var line = 5;
        foreach (var vector in XssVectors.All.Where(v => v != NewlineInScheme))
        {
            lines.Add((vector, line));
            body.Append(vector.Markdown).Append("\n\n");
            line += vector.Markdown.Count(c => c == '\n') + 2;
        }

        var run = FailedBuild.Of(SmallSite.With("input/topics/xss.md", body.ToString()));

        foreach (var (vector, at) in lines)
            Assert.True(run.Lines.Any(l => l.StartsWith($"input/topics/xss.md:{at}:1: EXP701 ", StringComparison.Ordinal) || l.StartsWith($"input/topics/xss.md:{at}:{1 + vector.Offset}: EXP701 ", StringComparison.Ordinal)),
                $"{vector.Name} was not reported at line {at}:\n{run.Error}");
    }

    private static readonly XssVectors.Vector NewlineInScheme = XssVectors.All.Single(v => v.Markdown.Contains("&#10;", StringComparison.Ordinal));

    [Fact]
    public void A_refused_value_with_a_line_break_is_reported_on_one_line()
    {
        var run = FailedBuild.Of(SmallSite.With("input/topics/xss.md", "---\ntitle: Vectors\ndescription: x\n---\n" + NewlineInScheme.Markdown));
        run.Reports("input/topics/xss.md:5:1: EXP701 ");
    }

    [Fact]
    public void Safe_raw_html_builds_and_is_published()
    {
        using var site = TestSite.From(SmallSite.With("input/topics/safe.md",
            "---\ntitle: Safe\ndescription: Safe markup.\n---\n<abbr title=\"closed-circuit television\">CCTV</abbr> and <mark>this</mark>.\n\n" +
            "<img src=\"/images/chart.png\" alt=\"A chart\">\n\n<details><summary>More</summary>\n\nHidden.\n\n</details>\n"));
        Directory.CreateDirectory(Path.Combine(site.Root, "input", "images"));
        File.WriteAllBytes(Path.Combine(site.Root, "input", "images", "chart.png"), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        site.BuildOk();
        var page = site.Html("topics/safe/index.html");
        Assert.NotNull(page.QuerySelector(".prose abbr[title='closed-circuit television']"));
        Assert.NotNull(page.QuerySelector(".prose img[src='/images/chart.png']"));
        Assert.NotNull(page.QuerySelector(".prose details > summary"));
        Assert.True(site.Exists("images/chart.png"));
    }
}
