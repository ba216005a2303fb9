using AngleSharp.Html.Parser;
using Explainer.Markdown;
using Explainer.Settings;
using Explainer.Tests.Support;

namespace Explainer.Tests.Security;

/// <summary>
/// Raw HTML and URLs in Markdown are limited to README's safe set: every known XSS vector is
/// refused with EXP701 at its line and column, and the safe tags pass through unchanged.
/// </summary>
public sealed class RawHtmlTests
{
    private const string Intro = "An introduction.\n\n";

    private static readonly PageMarkdown Renderer = new(Explainer.Model.SiteModel.Of(SpecFixture.Glossary, SpecFixture.Library, SpecFixture.Discrepancies, new SiteUrls(SiteSettings.Default)));

    /// <summary>Renders, returning the HTML and each problem with its 1-based line and column.</summary>
    private static (string Html, List<(int Line, int Column, string Code, string Message)> Problems) Render(string markdown)
    {
        var problems = new List<(int, int, string, string)>();
        var rendered = Renderer.Render(markdown, (line, column, code, message) => problems.Add((line + 1, column + 1, code.Id, message)));
        return (rendered.Html.ToString(), problems);
    }

    public static TheoryData<XssVectors.Vector> Vectors => XssVectors.Theory();

    public static TheoryData<XssVectors.Vector> InlineVectors => XssVectors.InlineTheory();

    [Fact]
    public void The_catalogue_holds_at_least_thirty_vectors() => Assert.True(XssVectors.All.Count >= 30, $"{XssVectors.All.Count} vectors");

    [Theory]
    [MemberData(nameof(Vectors))]
    public void A_vector_on_its_own_line_is_refused_at_its_line(XssVectors.Vector vector)
    {
        var (_, problems) = Render(Intro + vector.Markdown + "\n");
        // An HTML block is reported where it starts; HTML inside a paragraph where the refused tag starts.
        Assert.True(problems.Any(p => p is { Code: "EXP701", Line: 3 } && (p.Column == 1 || p.Column == 1 + vector.Offset)),
            $"{vector.Name}: expected EXP701 at 3:1 or 3:{1 + vector.Offset}, got [{string.Join("; ", problems)}]");
        Assert.All(problems, p => Assert.Equal("EXP701", p.Code));
    }

    [Theory]
    [MemberData(nameof(InlineVectors))]
    public void A_vector_inside_a_sentence_is_refused_at_its_column(XssVectors.Vector vector)
    {
        const string before = "Some text ";
        var (_, problems) = Render(Intro + before + vector.Markdown + " and more.\n");
        var column = before.Length + vector.Offset + 1;
        Assert.True(problems.Any(p => p.Code == "EXP701" && p.Line == 3 && p.Column == column),
            $"{vector.Name}: expected EXP701 at 3:{column}, got [{string.Join("; ", problems)}]");
    }

    [Fact]
    public void A_vector_inside_a_multi_line_html_block_is_refused_at_its_own_line()
    {
        var (_, problems) = Render("Intro.\n\n<div>\n<p>one</p>\n<p onclick=\"alert(1)\">two</p>\n</div>\n");
        Assert.Contains(problems, p => p is { Code: "EXP701", Line: 5, Column: 1 });
    }

    [Fact]
    public void Safe_tags_and_attributes_pass_through()
    {
        const string markdown = """
            <abbr title="Chinese Communist Party">CCP</abbr>, <mark>marked</mark>, x<sup>2</sup>, H<sub>2</sub>O, <kbd>Ctrl</kbd>,
            <time datetime="2020-01-02">2 January</time>, <dfn>term</dfn>, <bdi>name</bdi>, <q cite="https://example.org/">quoted</q>,
            <span class="note" lang="zh" dir="ltr">注</span>, <del cite="https://example.org/" datetime="2020-01-02">old</del><ins>new</ins>,
            long<wbr>word<br>
            <a href="https://example.org/" rel="nofollow" hreflang="en">web</a>, <a href="mailto:editor@example.org">mail</a>,
            <a href="/topics/">site</a>, <a href="#top">here</a>, <img src="/images/chart.png" alt="A chart" width="10" height="10">

            <details open><summary>More</summary>

            Hidden text.

            </details>

            <table><caption>Cameras</caption><thead><tr><th scope="col">Year</th><th abbr="n">Number</th></tr></thead>
            <tbody><tr><td colspan="1">2019</td><td rowspan="1">5</td></tr></tbody><tfoot><tr><td>x</td><td>y</td></tr></tfoot></table>

            <figure><blockquote cite="https://example.org/">Quoted.</blockquote><figcaption>A caption</figcaption></figure>

            <ol start="3" reversed type="a"><li value="5">five</li></ol><dl><dt>term</dt><dd>definition</dd></dl><hr>
            """;
        var (html, problems) = Render(markdown);
        Assert.Empty(problems);
        var page = new HtmlParser().ParseDocument(html);
        foreach (var selector in new[]
                 {
                     "abbr[title='Chinese Communist Party']", "mark", "sup", "sub", "kbd", "time[datetime='2020-01-02']", "dfn", "bdi", "q[cite]",
                     "span.note[lang=zh][dir=ltr]", "del[datetime]", "ins", "wbr", "br", "a[href='https://example.org/'][rel=nofollow]",
                     "a[href^='mailto:']", "a[href='/topics/']", "img[src='/images/chart.png'][alt='A chart']", "details[open] > summary",
                     "table > caption", "thead th[scope=col]", "td[colspan]", "td[rowspan]", "tfoot", "figure > figcaption", "blockquote[cite]",
                     "ol[start='3'][reversed] > li[value='5']", "dl > dt", "dd", "hr",
                 })
            Assert.True(page.QuerySelector(selector) is not null, $"{selector} did not pass through:\n{html}");
    }

    [Fact]
    public void Code_that_shows_markup_is_not_refused_and_stays_text()
    {
        var (html, problems) = Render("Write `<script>alert(1)</script>` to see it.\n\n```html\n<img src=x onerror=alert(1)>\n```\n\n    <iframe src=\"javascript:alert(1)\">\n");
        Assert.Empty(problems);
        var page = new HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("script, img, iframe"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("code")!.TextContent);
    }

    [Theory]
    [InlineData("<svg/onload=alert(1)>")]
    [InlineData("<img/src=x/onerror=alert(1)>")]
    public void Tags_that_markdown_does_not_recognise_stay_text(string markdown)
    {
        var (html, problems) = Render(Intro + "Text " + markdown + " more.\n\n" + markdown + "\n");
        Assert.Empty(new HtmlParser().ParseDocument(html).QuerySelectorAll("svg, img, script"));
        Assert.Empty(problems);
    }

    [Fact]
    public void Escaped_markup_is_text_not_html()
    {
        var (html, problems) = Render("Not a tag: \\<script>alert(1)\\</script> and &lt;img src=x onerror=alert(1)&gt;.\n");
        Assert.Empty(problems);
        Assert.Empty(new HtmlParser().ParseDocument(html).QuerySelectorAll("script, img"));
    }
}
