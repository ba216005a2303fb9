using System.Text;
using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>Valid but unusual input builds, and positions stay right: byte-order marks, CR and CRLF line ends, right-to-left and CJK text, very large and deeply nested pages.</summary>
public sealed class UnusualInputTests
{
    private static void WriteBytes(TestSite site, string path, string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(Path.Combine(site.Root, path), bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_builds()
    {
        using var site = TestSite.From(Trees.Small);
        WriteBytes(site, "input/topics/abroad.md", "---\ntitle: Abroad\ndescription: With a BOM.\n---\nCritics say so [@report, ¶3].\n", bom: true);
        site.BuildOk();
        Assert.Equal("Abroad", site.Html("topics/abroad/index.html").QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void Positions_in_a_file_with_a_byte_order_mark_do_not_count_the_mark()
    {
        using var site = TestSite.From(Trees.Small);
        WriteBytes(site, "input/topics/abroad.md", "---\ntitle: Abroad\ndescription: With a BOM.\ncolour: red\n---\nCritics say so [@reprot, ¶3].\n", bom: true);
        var problems = site.Build().Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(problems, p => p.StartsWith("input/topics/abroad.md:4:1: EXP203 unknown key 'colour'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("input/topics/abroad.md:6:17: EXP301 unknown source 'reprot'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Windows_and_old_mac_line_ends_build_and_keep_positions_right(string newline)
    {
        using var site = TestSite.From(Trees.Small);
        var good = "---\ntitle: Abroad\ndescription: Line ends.\n---\n## First\n\nCritics say so [@report, ¶3].\n\n- one\n- two\n";
        WriteBytes(site, "input/topics/abroad.md", good.Replace("\n", newline));
        site.BuildOk();
        var page = site.Html("topics/abroad/index.html");
        Assert.Equal(2, page.QuerySelectorAll(".prose li").Length);
        Assert.NotNull(page.GetElementById("first"));

        var bad = "---\ntitle: Abroad\ndescription: Line ends.\ncolour: red\n---\n## First\n\nCritics say so [@reprot, ¶3] and [[nope]].\n";
        WriteBytes(site, "input/topics/abroad.md", bad.Replace("\n", newline));
        var problems = site.Build().Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(problems, p => p.StartsWith("input/topics/abroad.md:4:1: EXP203 unknown key 'colour'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("input/topics/abroad.md:8:17: EXP301 unknown source 'reprot'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("input/topics/abroad.md:8:34: EXP401 unknown glossary term 'nope'", StringComparison.Ordinal));
    }

    [Fact]
    public void Arabic_and_chinese_text_builds_in_titles_bodies_and_glossary_terms()
    {
        using var site = TestSite.From(Trees.Small + """

            -- input/topics/intl.md --
            ---
            title: "المراقبة الرقمية 数字监控"
            description: "وصف قصير. 简短的描述。"
            tags: [cameras]
            ---
            ## 防火长城

            يقول النقاد إن جدار الحماية العظيم يراقب [@report, ¶3].

            中国的摄像头很多 [[face-recognition]]。
            -- input/glossary/great-firewall.md --
            ---
            term: 防火长城
            aliases: [جدار الحماية العظيم, Great Firewall]
            short: 中国的互联网审查系统。
            ---
            中国的互联网审查系统 [@report, ¶1].
            -- input/glossary/face-recognition.md --
            ---
            term: 人脸识别
            short: التعرف على الوجه.
            ---
            识别人脸的软件 [@report, ¶2].
            """);
        site.BuildOk();
        var page = site.Html("topics/intl/index.html");
        Assert.Equal("المراقبة الرقمية 数字监控", page.QuerySelector("h1")!.TextContent.Trim());
        var links = page.QuerySelectorAll(".prose a.term").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("/glossary/great-firewall/", "جدار الحماية العظيم"), ("/glossary/face-recognition/", "人脸识别")], links);
        Assert.NotNull(page.GetElementById("防火长城"));
        Assert.Equal("防火长城", site.Html("glossary/great-firewall/index.html").QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("وصف قصير", site.Read("feed.xml"));
    }

    [Fact]
    public void A_chinese_term_is_linked_inside_chinese_text()
    {
        using var site = TestSite.From(Trees.Small + """

            -- input/topics/intl.md --
            ---
            title: 防火长城
            description: 简短的描述。
            ---
            中国的防火长城很大 [@report, ¶3]。
            -- input/glossary/great-firewall.md --
            ---
            term: 防火长城
            short: 中国的互联网审查系统。
            ---
            中国的互联网审查系统 [@report, ¶1].
            """);
        site.BuildOk();
        Assert.Contains(site.Html("topics/intl/index.html").QuerySelectorAll(".prose a.term"), a => a.GetAttribute("href") == "/glossary/great-firewall/");
    }

    [Fact]
    public void A_two_megabyte_topic_builds()
    {
        var body = new StringBuilder();
        for (var i = 1; body.Length < 2_000_000; i++)
            body.Append($"## Section {i}\n\nCameras now watch most streets in city {i} [@report, ¶2]. The Golden Shield Project grew, with *emphasis*, `code` and [a link](/topics/at-home/).\n\n- item one\n- item two\n\n");
        using var site = TestSite.From(SmallSite.With("input/topics/big.md", "---\ntitle: Big\ndescription: A very large topic.\n---\n" + body));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        site.BuildOk();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"a 2 MB topic took {clock.Elapsed}");
        var page = site.Read("topics/big/index.html");
        Assert.True(page.Length > 2_000_000, $"the page has {page.Length} characters");
        Assert.EndsWith("</html>", page.TrimEnd());
    }

    [Fact]
    public void Markdown_nested_thirty_levels_deep_builds()
    {
        var lists = string.Concat(Enumerable.Range(0, 30).Select(d => new string(' ', 2 * d) + $"- level {d + 1}\n"));
        var quotes = string.Concat(Enumerable.Range(1, 30).Select(d => new string('>', d) + $" quote {d}\n"));
        var emphasis = string.Concat(Enumerable.Repeat("*a _b ", 15)) + "deep" + string.Concat(Enumerable.Repeat("_ b* a", 15));
        using var site = TestSite.From(SmallSite.With("input/topics/nested.md", "---\ntitle: Nested\ndescription: Deep but sane.\n---\n" + lists + "\n" + quotes + "\n" + emphasis + "\n"));
        site.BuildOk();
        var page = site.Html("topics/nested/index.html");
        Assert.Equal(30, page.QuerySelectorAll(".prose ul").Length);
        Assert.Equal(30, page.QuerySelectorAll(".prose blockquote").Length);
        Assert.Contains("level 30", page.QuerySelector(".prose")!.TextContent);
    }
}
