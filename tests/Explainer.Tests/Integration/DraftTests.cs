using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>
/// Drafts as editors expect them: always checked (warnings while they are left out, errors once a
/// build includes them), counted in the summary, marked on their page when built, and never in the
/// feed, the sitemap or the search index, whatever the options.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class DraftTests
{
    private const string Draft = """

        -- input/topics/later.md --
        ---
        title: Later
        description: Not ready.
        order: 3
        draft: true
        ---
        The project began in 1994 [@report, ¶70].
        """;

    [Fact]
    public void A_draft_left_out_is_still_checked_and_its_problems_are_warnings_and_the_summary_counts_it()
    {
        using var site = TestSite.From(Trees.Small + Draft);
        var (exit, output, error) = CliRun.Run("build", "--root", site.Root);
        Assert.True(exit == 0, error);
        Assert.Equal(["input/topics/later.md:7:28: EXP302 warning: in a draft: source 'report' has 4 paragraphs, so ¶70 does not exist"], CliRun.Lines(error));
        var summary = CliRun.Lines(output);
        Assert.Matches(@"^Built 15 pages into .* in [\d.]+ s: 0 errors, 1 warning\.$", summary[0]);
        Assert.Equal("  left out: 1 draft (--drafts builds it; their problems are warnings until then); the search index (\"SearchIndex\": false in statiq.json)", summary[2]);
        Assert.False(site.Exists("topics/later/index.html"));
    }

    [Fact]
    public void Check_reports_a_draft_left_out_as_a_warning_too()
    {
        using var site = TestSite.From(Trees.Small + Draft);
        var (exit, _, error) = CliRun.Run("check", "--root", site.Root);
        Assert.Equal(0, exit);
        Assert.Equal(["input/topics/later.md:7:28: EXP302 warning: in a draft: source 'report' has 4 paragraphs, so ¶70 does not exist"], CliRun.Lines(error));
    }

    [Fact]
    public void With_drafts_a_drafts_problem_is_an_error()
    {
        using var site = TestSite.From(Trees.Small + Draft);
        var (exit, _, error) = CliRun.Run("build", "--root", site.Root, "--drafts");
        Assert.Equal(1, exit);
        Assert.Equal(["input/topics/later.md:7:28: EXP302 source 'report' has 4 paragraphs, so ¶70 does not exist"], CliRun.Lines(error));
    }

    [Fact]
    public void A_drafts_frontmatter_and_file_name_mistakes_are_warnings_while_it_is_left_out_and_errors_with_drafts()
    {
        using var site = TestSite.From(Trees.Small + """

            -- input/topics/later.md --
            ---
            title: Later
            descripton: A typo.
            draft: true
            ---
            Later.
            -- input/topics/Next Part.md --
            ---
            title: Next part
            description: Not ready.
            draft: true
            ---
            Next.
            """);
        var (exit, _, error) = CliRun.Run("build", "--root", site.Root);
        Assert.True(exit == 0, error);
        Assert.Equal([
            "input/topics/Next Part.md:1:1: EXP504 warning: in a draft: the file name 'Next Part' cannot be a URL; rename the file to 'next-part.md' or set 'slug'",
            "input/topics/later.md:3:1: EXP203 warning: in a draft: unknown key 'descripton' (did you mean 'description'?)",
        ], CliRun.Lines(error));

        (exit, _, error) = CliRun.Run("build", "--root", site.Root, "--drafts");
        Assert.Equal(1, exit);
        Assert.Equal([
            "input/topics/Next Part.md:1:1: EXP504 the file name 'Next Part' cannot be a URL; rename the file to 'next-part.md' or set 'slug'",
            "input/topics/later.md:3:1: EXP203 unknown key 'descripton' (did you mean 'description'?)",
        ], CliRun.Lines(error));
    }

    [Fact]
    public void Drafts_are_checked_against_the_site_with_its_drafts_so_drafts_may_link_to_each_other()
    {
        using var site = TestSite.From(Trees.Small + """

            -- input/topics/later.md --
            ---
            title: Later
            description: Not ready.
            related: [last]
            draft: true
            ---
            See [the last part](/topics/last/) and [[cctv-net]].
            -- input/topics/last.md --
            ---
            title: Last
            description: Not ready either.
            draft: true
            ---
            See [the part before](/topics/later/) and [nowhere](/topics/nowhere/).
            -- input/glossary/cctv-net.md --
            ---
            term: CCTV network
            short: Cameras wired to one control room.
            draft: true
            ---
            Cameras watch streets [@report, ¶2].
            """);
        var result = site.BuildOk();
        Assert.Equal(3, result.DraftsLeftOut);
        Assert.Equal(["input/topics/last.md:6:53: EXP501 warning: in a draft: broken link '/topics/nowhere/': no topic in input/topics/ has the slug 'nowhere'"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_problem_a_draft_would_cause_in_a_published_page_is_a_warning_that_says_so()
    {
        using var site = TestSite.From(Trees.Small + """

            -- input/glossary/cctv.md --
            ---
            term: CCTV
            short: Closed-circuit television.
            draft: true
            ---
            Cameras watch streets [@report, ¶2].
            """);
        var result = site.BuildOk();
        Assert.Equal(["input/glossary/surveillance-camera.md:3:20: EXP402 warning: once the drafts are published: 'CCTV' is already a name of the term 'cctv' (input/glossary/cctv.md); a name may link to one term only"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_published_page_that_links_to_a_draft_is_still_an_error()
    {
        using var site = TestSite.From(Trees.Small.Replace("See [the first part](/topics/at-home/#streets).", "See [the next part](/topics/later/).") + Draft.Replace("¶70", "¶1"));
        var result = site.Build();
        Assert.Equal(["input/topics/abroad.md:7:75: EXP501 broken link '/topics/later/': input/topics/later.md is a draft, left out unless the build runs with --drafts"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_built_draft_is_marked_as_one_and_stays_out_of_the_feed_and_the_sitemap()
    {
        using var site = TestSite.From(Trees.Small + Draft.Replace("¶70", "¶1"));
        var result = site.BuildOk(o => o with { Drafts = true });
        Assert.Equal(0, result.DraftsLeftOut);

        var draft = site.Html("topics/later/index.html");
        Assert.Equal("Draft Not published: this page shows because the build includes drafts (preview, or build --drafts). Drafts are never in the feed, the sitemap or the search index.",
            draft.QuerySelector("main > .draft-banner[role=note]")!.TextContent);
        Assert.Equal("noindex", draft.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(site.Html("topics/at-home/index.html").QuerySelector(".draft-banner, meta[name=robots]"));

        Assert.DoesNotContain("/topics/later/", site.Read("feed.xml"));
        Assert.DoesNotContain("/topics/later/", site.Read("sitemap.xml"));
        Assert.Contains("/topics/abroad/", site.Read("feed.xml"));
        Assert.Contains("/topics/abroad/", site.Read("sitemap.xml"));
    }

    [Fact]
    public void A_built_draft_is_not_in_the_search_index()
    {
        PagefindBundle.Command();
        using var site = TestSite.From(Trees.Small.Replace("Critics say", "Quokkas and critics say") + Draft.Replace("The project began", "Wombats say the project began").Replace("¶70", "¶1")
            + "\n-- statiq.json --\n{ \"Title\": \"Test site\", \"Host\": \"example.org\", \"SearchIndex\": true, \"Countries\": false }\n");
        site.BuildOk(o => o with { Drafts = true });
        var bundle = Path.Combine(site.Output, "pagefind");
        Assert.Contains("/topics/abroad/", PagefindBundle.Search(bundle, "quokkas", "Topic"));
        Assert.Equal("[]", PagefindBundle.Search(bundle, "wombats", "Topic").Trim());
    }
}
