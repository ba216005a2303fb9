using Explainer.Markdown;
using Explainer.Settings;
using Explainer.Tests.Support;

namespace Explainer.Tests.Security;

/// <summary>
/// Raw HTML is checked with HtmlSanitizer, never cleaned by it: each removal it would make is an
/// EXP701 at the element, and what passes is published exactly as written.
/// </summary>
public sealed class SanitizerCheckTests
{
    private static readonly PageMarkdown Renderer = new(Explainer.Model.SiteModel.Of(SpecFixture.Glossary, SpecFixture.Library, SpecFixture.Discrepancies, new SiteUrls(SiteSettings.Default)));

    private static (string Html, List<(int Line, int Column, string Message)> Problems) Render(string markdown)
    {
        var problems = new List<(int, int, string)>();
        var rendered = Renderer.Render(markdown, (line, column, code, message) =>
        {
            Assert.Equal("EXP701", code.Id);
            problems.Add((line + 1, column + 1, message));
        });
        return (rendered.Html.ToString(), problems);
    }

    [Theory]
    [InlineData("Text <script>alert(1)</script>.", 6, "<script> is not allowed in Markdown; README lists the safe tags")]
    [InlineData("Text <img src=\"/a.png\" onerror=alert(1)>.", 6, "attribute 'onerror' on <img> is not allowed: event handlers run scripts")]
    [InlineData("Text <span style=\"color:red\">x</span>.", 6, "attribute 'style' on <span> is not allowed: inline styles break the site's content security policy")]
    [InlineData("Text <img src=\"//evil.example/x.png\">.", 6, "src=\"//evil.example/x.png\" on <img> is not allowed; use http, https or mailto links, and images from this site")]
    [InlineData("Text <a href=\"javascript&colon;alert(1)\">x</a>.", 6, "href=\"javascript:alert(1)\" on <a> is not allowed; use http, https or mailto links, and images from this site")]
    [InlineData("Text <span href=\"/topics/\">x</span>.", 6, "attribute 'href' on <span> is not allowed: it is not in the safe set")]
    [InlineData("Text <body onload=alert(1)>.", 6, "<body> is not allowed in Markdown; the theme writes the page's structure")]
    [InlineData("Text <frameset onload=alert(1)>.", 6, "<frameset> is not allowed in Markdown; the theme writes the page's structure")]
    public void Each_removal_is_one_refusal_with_its_reason_at_its_column(string markdown, int column, string message)
    {
        var (_, problems) = Render(markdown + "\n");
        Assert.Equal([(1, column, message)], problems);
    }

    // Blank lines make three HTML blocks, checked one by one, which the browser joins into one table.
    [Theory]
    [InlineData("<td onclick=\"alert(1)\">x</td>", 1, "td")]
    [InlineData("<p>ok</p> <td onclick=\"alert(1)\">x</td>", 11, "td")]
    [InlineData("<td>x</td><span onclick=\"alert(1)\">y</span>", 11, "span")]
    public void A_table_part_in_an_html_block_of_its_own_is_refused_at_its_line(string block, int column, string tag)
    {
        var (_, problems) = Render("<table><tr>\n\n" + block + "\n\n</tr></table>\n");
        Assert.Equal([(3, column, $"attribute 'onclick' on <{tag}> is not allowed: event handlers run scripts")], problems);
    }

    [Theory]
    [InlineData("<div title=\"x", 1, 14)]
    [InlineData("<p>ok</p>\n<script", 2, 8)]
    [InlineData("<p>ok</p>\n<!-- unfinished", 2, 16)]
    public void Raw_html_that_ends_inside_a_tag_or_comment_is_refused_where_it_ends(string block, int line, int column)
    {
        var (_, problems) = Render(block + "\n\nText.\n");
        Assert.Contains((line, column, "the raw HTML ends inside a tag, comment or text-only element, which would swallow the page's markup after it; close it"), problems);
    }

    [Fact]
    public void A_problem_deep_in_a_block_is_refused_at_its_own_line_and_column()
    {
        var (_, problems) = Render("<div>\n<p>one</p>\n<p>two <em>three</em> <img src=\"/a.png\" onerror=alert(1)></p>\n</div>\n");
        Assert.Equal([(3, 23, "attribute 'onerror' on <img> is not allowed: event handlers run scripts")], problems);
    }

    [Fact]
    public void Attributes_of_one_tag_stay_refused_on_the_others()
    {
        var (_, problems) = Render("<p width=\"3\" cite=\"/x\">x</p>\n\n<a href=\"/topics/\" rel=\"nofollow\">ok</a> <img src=\"/a.png\" width=\"3\">\n");
        Assert.Equal(["attribute 'width' on <p> is not allowed: it is not in the safe set", "attribute 'cite' on <p> is not allowed: it is not in the safe set"],
            problems.Select(p => p.Message));
    }

    [Fact]
    public void Comments_are_allowed_and_kept()
    {
        var (html, problems) = Render("<!-- a note for editors -->\n\nText <!-- inline note --> here.\n");
        Assert.Empty(problems);
        Assert.Equal("<!-- a note for editors -->\n<p>Text <!-- inline note --> here.</p>\n", html);
    }

    [Fact]
    public void Safe_markup_is_published_as_written_not_as_the_sanitizer_would_write_it()
    {
        const string markup = "<SPAN title='a &amp; b' class=note>x</SPAN><img src=/a.png alt=A>";
        var (html, problems) = Render("Text " + markup + " here.\n");
        Assert.Empty(problems);
        Assert.Contains(markup, html);
    }

    [Fact]
    public void The_same_piece_twice_on_a_page_is_refused_at_both_places()
    {
        var (_, problems) = Render("Text <span onclick=alert(1)>a</span> and <span onclick=alert(1)>b</span>.\n\n<span onclick=alert(1)>c</span>\n");
        Assert.Equal([(1, 6), (1, 42), (3, 1)], problems.Select(p => (p.Line, p.Column)));
    }

    [Fact]
    public void Pieces_checked_at_once_on_many_threads_get_the_same_problems_as_one_by_one()
    {
        // Each piece ends in a comment numbered apart, so none is a repeat whose verdict is remembered.
        static string Page(XssVectors.Vector vector, int number) => $"Intro.\n\n{vector.Markdown}<!--{number:D6}-->\n";
        var vectors = XssVectors.All.Where(v => v.Markdown.StartsWith('<')).ToList();
        var alone = vectors.Select(v => Render(Page(v, 999_999)).Problems).ToList();
        var together = new List<(int, int, string)>[vectors.Count * 8];
        Parallel.For(0, together.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => together[i] = Render(Page(vectors[i % vectors.Count], i)).Problems);
        for (var i = 0; i < together.Length; i++)
            Assert.Equal(alone[i % vectors.Count], together[i]);
    }
}
