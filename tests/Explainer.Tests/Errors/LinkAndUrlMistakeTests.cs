using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>The catalogue of link, anchor and URL mistakes, in Markdown and in the theme.</summary>
[Collection(CliCollection.Name)]
public sealed class LinkAndUrlMistakeTests
{
    private const string Head = "---\ntitle: Bad\ndescription: x\n---\n";

    private static int Column(string line, string marker) => line.IndexOf(marker, StringComparison.Ordinal) + 1;

    private static FailedBuild Topic(string body) => FailedBuild.Of(SmallSite.With("input/topics/bad.md", Head + body));

    [Fact]
    public void A_broken_markdown_link_is_reported_at_the_link_target()
    {
        const string body = "See [the list](/topics/nowhere/) for more.";
        Assert.Equal([$"input/topics/bad.md:5:{Column(body, "/topics/nowhere/")}: EXP501 broken link '/topics/nowhere/': no topic in input/topics/ has the slug 'nowhere'"], Topic(body).Lines);
    }

    [Fact]
    public void A_link_to_a_topic_that_misses_a_word_suggests_the_topic_by_its_link()
    {
        const string body = "See [home](/topics/home/).";
        var run = FailedBuild.Of(SmallSite.With("input/topics/bad.md", Head + body) + "\n-- input/topics/europe-and-asia.md --\n---\ntitle: Europe and Asia\ndescription: x\n---\nSee [it](/topics/europe-asia/).");
        Assert.Equal([
            "input/topics/bad.md:5:12: EXP501 broken link '/topics/home/': no topic in input/topics/ has the slug 'home' (did you mean '/topics/at-home/'?)",
            "input/topics/europe-and-asia.md:5:10: EXP501 broken link '/topics/europe-asia/': no topic in input/topics/ has the slug 'europe-asia' (did you mean '/topics/europe-and-asia/'?)",
        ], run.Lines);
    }

    [Fact]
    public void A_link_to_a_term_or_source_is_named_by_its_folder_and_slug_with_the_nearest()
    {
        const string body = "See [cameras](/glossary/surveillance-cameras/) and [the report](/sources/reports/).";
        Assert.Equal([
            $"input/topics/bad.md:5:{Column(body, "/glossary/")}: EXP501 broken link '/glossary/surveillance-cameras/': no glossary term in input/glossary/ has the slug 'surveillance-cameras' (did you mean '/glossary/surveillance-camera/'?)",
            $"input/topics/bad.md:5:{Column(body, "/sources/")}: EXP501 broken link '/sources/reports/': no source in input/sources/ has the id 'reports' (did you mean '/sources/report/'?)",
        ], Topic(body).Lines);
    }

    [Fact]
    public void A_link_to_a_tag_or_a_theme_asset_says_what_is_missing()
    {
        const string body = "See [cameras](/tags/camera/) and ![a chart](/assets/site.cs).";
        Assert.Equal([
            $"input/topics/bad.md:5:{Column(body, "/tags/")}: EXP501 broken link '/tags/camera/': no page has the tag 'camera' (did you mean '/tags/cameras/'?)",
            $"input/topics/bad.md:5:{Column(body, "/assets/")}: EXP501 broken link '/assets/site.cs': theme/assets/ has no file 'site.cs' (did you mean '/assets/site.css'?)",
        ], Topic(body).Lines);
    }

    [Fact]
    public void A_broken_relative_link_is_resolved_like_a_browser_would()
    {
        const string body = "See [home](../at-hom/) for more.";
        Assert.Equal([$"input/topics/bad.md:5:{Column(body, "../at-hom/")}: EXP501 broken link '../at-hom/': no topic in input/topics/ has the slug 'at-hom' (did you mean '/topics/at-home/'?)"], Topic(body).Lines);
    }

    [Fact]
    public void A_broken_link_in_raw_html_is_reported_at_its_target()
    {
        const string body = "See <a href=\"/glossary/nope/\">the term</a>.";
        Topic(body).Reports($"input/topics/bad.md:5:{Column(body, "/glossary/nope/")}: EXP501 broken link '/glossary/nope/'");
    }

    [Fact]
    public void A_link_that_climbs_out_of_the_site_is_broken()
    {
        const string body = "See [secrets](/../../etc/passwd).";
        Topic(body).Reports($"input/topics/bad.md:5:{Column(body, "/../../etc/passwd")}: EXP501 broken link '/../../etc/passwd': it points outside the site");
    }

    [Fact]
    public void A_broken_image_is_reported_at_its_source()
    {
        const string body = "![A chart](/assets/chart.png)";
        Topic(body).Reports($"input/topics/bad.md:5:{Column(body, "/assets/chart.png")}: EXP501 broken link '/assets/chart.png'");
    }

    [Fact]
    public void A_broken_link_suggests_the_nearest_page()
    {
        const string body = "See [home](/topics/at-hom/).";
        Topic(body).Reports($"input/topics/bad.md:5:{Column(body, "/topics/at-hom/")}: EXP501 broken link '/topics/at-hom/'", "(did you mean '/topics/at-home/'?)");
    }

    [Fact]
    public void A_broken_link_is_reported_at_the_link_even_when_its_text_also_occurs_earlier()
    {
        var run = FailedBuild.Of(SmallSite.With("input/topics/bad.md", "---\ntitle: Bad\ndescription: Moved from /topics/gone/ last year.\n---\nSee [the old page](/topics/gone/)."));
        run.Reports("input/topics/bad.md:5:20: EXP501 broken link '/topics/gone/'");
    }

    private const string DraftAndLink = "\n-- input/topics/later.md --\n---\ntitle: Later\ndescription: Not ready.\ndraft: true\n---\nLater.\n-- input/topics/bad.md --\n---\ntitle: Bad\ndescription: x\nrelated: [later]\n---\nSee [the next part](/topics/later/).";

    [Fact]
    public void A_link_to_a_draft_is_broken_in_a_build_without_drafts()
    {
        var run = FailedBuild.Of(Trees.Small + DraftAndLink);
        run.Reports("input/topics/bad.md:6:21: EXP501 broken link '/topics/later/'");
        run.Reports("input/topics/bad.md:4:11: EXP210 related topic 'later'");
    }

    [Fact]
    public void A_link_to_a_draft_says_the_page_is_a_draft()
    {
        var run = FailedBuild.Of(Trees.Small + DraftAndLink);
        Assert.Equal([
            "input/topics/bad.md:4:11: EXP210 related topic 'later' is a draft, left out unless the build runs with --drafts",
            "input/topics/bad.md:6:21: EXP501 broken link '/topics/later/': input/topics/later.md is a draft, left out unless the build runs with --drafts",
        ], run.Lines);
    }

    [Fact]
    public void A_broken_anchor_suggests_an_id_the_page_has()
    {
        const string body = "See [the origins](/topics/at-home/#origin).";
        Assert.Equal([$"input/topics/bad.md:5:{Column(body, "/topics/at-home/#origin")}: EXP502 broken link '/topics/at-home/#origin': input/topics/at-home.md has no heading or other element with the id 'origin' (did you mean 'origins'?)"], Topic(body).Lines);
    }

    [Fact]
    public void A_broken_anchor_on_the_same_page_is_reported()
    {
        const string body = "## Details\n\nSee [above](#detail).";
        Assert.Equal(["input/topics/bad.md:7:13: EXP502 broken link '#detail': this page has no heading or other element with the id 'detail' (did you mean 'details'?)"], Topic(body).Lines);
    }

    [Fact]
    public void A_broken_link_in_a_theme_partial_is_reported_in_the_partial()
    {
        const string partial = "<p>See <a href=\"{{ rel_url \"/imprint/\" }}\">the imprint</a>.</p>";
        var run = FailedBuild.Of(Trees.Small, site =>
        {
            site.Write("theme/partials/imprint-note.sbn", partial + "\n");
            site.Write("theme/layouts/404.sbn", "{{ include 'page-start' }}\n<h1>{{ page.title }}</h1>\n{{ include 'imprint-note' }}\n{{ include 'page-end' }}\n");
        });
        run.Reports($"theme/partials/imprint-note.sbn:1:{Column(partial, "/imprint/")}: EXP501 broken link '/imprint/': the site has no page or file at '/imprint/' on page /404.html");
    }

    [Fact]
    public void A_broken_link_in_a_theme_layout_is_reported_in_the_layout_for_every_page_that_uses_it()
    {
        const string line = "<p>Try <a href=\"{{ rel_url \"/sitemap/\" }}\">the site map</a>.</p>";
        var run = FailedBuild.Of(Trees.Small, site => site.Write("theme/layouts/404.sbn", "{{ include 'page-start' }}\n<h1>{{ page.title }}</h1>\n" + line + "\n{{ include 'page-end' }}\n"));
        run.Reports($"theme/layouts/404.sbn:3:{Column(line, "/sitemap/")}: EXP501 broken link '/sitemap/': the site has no page or file at '/sitemap/' (did you mean '/sitemap.xml'?) on page /404.html");
    }

    [Fact]
    public void A_broken_anchor_in_the_theme_is_reported_in_the_theme_with_the_nearest_id()
    {
        var run = FailedBuild.Of(Trees.Small, site => site.Write("theme/layouts/404.sbn",
            "{{ include 'page-start' }}\n<h1 id=\"missing\">{{ page.title }}</h1>\n<p><a href=\"#mising\">Top</a></p>\n{{ include 'page-end' }}\n"));
        run.Reports("theme/layouts/404.sbn:3:13: EXP502 broken link '#mising'", "(did you mean 'missing'?)");
    }

    [Fact]
    public void A_slug_that_collides_with_another_page_is_a_duplicate_url()
    {
        var run = FailedBuild.Of(SmallSite.With("input/topics/copy.md", "---\ntitle: Copy\ndescription: x\nslug: at-home\n---\nBody."));
        var line = Assert.Single(run.Lines, l => l.Contains(": EXP503 ", StringComparison.Ordinal));
        Assert.Matches(@"^input/topics/copy\.md:\d+:\d+: EXP503 '/topics/at-home/' is also the URL of input/topics/at-home\.md; .*set a different slug", line);
    }

    [Fact]
    public void A_slug_that_collides_is_reported_at_the_slug_key()
    {
        var run = FailedBuild.Of(SmallSite.With("input/topics/copy.md", "---\ntitle: Copy\ndescription: x\nslug: at-home\n---\nBody."));
        run.Reports("input/topics/copy.md:4:7: EXP503 '/topics/at-home/' is also the URL of input/topics/at-home.md");
    }

    [Fact]
    public void A_colliding_slug_is_reported_at_the_slug_that_collides()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("order: 2\n", "order: 2\nslug: at-home\n"));
        run.Reports("input/topics/abroad.md:5:7: EXP503 '/topics/at-home/'");
        Assert.Equal(["EXP503"], run.Codes);
    }

    [Fact]
    public void An_alias_that_collides_with_a_page_is_reported_at_the_alias()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("order: 2\n", "order: 2\naliases: [/topics/at-home/]\n"));
        run.Reports("input/topics/abroad.md:5:11: EXP503 '/topics/at-home/'");
        Assert.Equal(["EXP503"], run.Codes);
    }

    [Theory]
    [InlineData("/../../etc/passwd")]
    [InlineData("/old/../../x/")]
    [InlineData("//evil.example/x/")]
    [InlineData("/C:/Windows/")]
    [InlineData("/a\\\\b/")]
    public void An_alias_that_would_escape_the_output_folder_is_refused(string alias)
    {
        var run = FailedBuild.Of(SmallSite.Replacing("order: 2\n", $"order: 2\naliases: [\"{alias}\"]\n"));
        run.Reports("input/topics/abroad.md:5:11: EXP504 alias '", "write it like /old/path/");
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("/etc/passwd")]
    [InlineData("a/../../b")]
    [InlineData("Upper-Case")]
    public void A_slug_that_is_not_plain_is_refused(string slug)
    {
        var run = FailedBuild.Of(SmallSite.Replacing("order: 2\n", $"order: 2\nslug: \"{slug}\"\n"));
        run.Reports($"input/topics/abroad.md:5:7: EXP209 'slug' is '{slug}', which is not allowed here", "lowercase letters, digits and hyphens");
    }

    [Fact]
    public void A_layout_name_that_climbs_out_of_the_theme_is_refused()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("order: 2\n", "order: 2\nlayout: ../../statiq\n"));
        run.Reports("input/topics/abroad.md:5:9: EXP209 'layout' is '../../statiq', which is not allowed here");
    }

    [Theory]
    [InlineData("Abroad Page", "abroad-page")]
    [InlineData("My_Topic", "my-topic")]
    [InlineData("a..b", "a-b")]
    public void A_file_name_that_is_not_a_slug_suggests_one(string name, string suggestion)
    {
        var run = FailedBuild.Of(SmallSite.With($"input/topics/{name}.md", Head + "Body."));
        run.Reports($"input/topics/{name}.md:1:1: EXP504 the file name '{name}' cannot be a URL", $"rename the file to '{suggestion}.md' or set 'slug'");
    }
}
