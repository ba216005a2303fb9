using Explainer.Diagnostics;
using Explainer.Html;
using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Settings;
using Explainer.Stages;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>A build with RelativeLinks: the same output works under any path and opened from disk, and the link check checks it as such.</summary>
public sealed class RelativeLinksBuildTests
{
    [Fact]
    public void Every_link_of_the_real_site_built_with_relative_links_opens_its_file_and_anchor_from_disk()
    {
        using var site = RealSite.Copy(searchIndex: false);
        site.BuildOk(options => options with { RelativeLinks = true });

        var (problems, followed) = DiskLinks.Check(site.Output);

        Assert.True(problems.Count == 0, $"{problems.Count} links would not work from disk:\n" + string.Join('\n', problems.Take(30)));
        Assert.True(followed > 5000, $"only {followed} links followed");
    }

    [Fact]
    public void The_setting_in_statiq_json_and_the_flag_give_the_same_site_and_links_still_carry_no_link_root()
    {
        using var flagged = TestSite.From(Trees.Small);
        flagged.BuildOk(options => options with { RelativeLinks = true });
        using var set = TestSite.From(Trees.Small + "\n-- statiq.json --\n" + TestSite.DefaultSettings.Replace("}", ", \"RelativeLinks\": true, \"LinkRoot\": \"/rights/\" }"));
        set.BuildOk();

        foreach (var page in new[] { "index.html", "topics/at-home/index.html", "404.html" })
            Assert.Equal(flagged.Read(page), set.Read(page).Replace("https://example.org/rights/", "https://example.org/"));
        Assert.Contains("href=\"../../glossary/index.html\"", set.Read("topics/at-home/index.html"));
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/rights/topics/at-home/\">", set.Read("topics/at-home/index.html"));
        Assert.Empty(DiskLinks.Check(set.Output).Problems);
    }

    [Fact]
    public void A_broken_link_in_a_relative_build_is_reported_where_it_is_written()
    {
        using var site = TestSite.From(Trees.Small);
        site.Write("input/topics/abroad.md", site.ReadInput("input/topics/abroad.md") + "\nSee [the missing page](/topics/missing/).\n");

        var result = site.Build(options => options with { RelativeLinks = true });

        var error = Assert.Single(result.Diagnostics, d => d.Code == ErrorCodes.BrokenLink);
        Assert.Equal(("input/topics/abroad.md", 9), (error.Path, error.Line));
        Assert.Contains("broken link '../missing/index.html'", error.Message);
    }

    [Theory]
    [InlineData("/topics/b/", "it starts at the site's root, so it breaks from disk")]
    [InlineData("../b/", "it names a folder, which does not open its index.html from disk")]
    [InlineData("../b", "it names a folder, which does not open its index.html from disk")]
    public void In_a_relative_build_the_link_check_refuses_what_breaks_from_disk(string link, string why)
    {
        var (documents, site, context) = TwoPages(link);

        Assert.False(new CheckLinks().Process(documents, site, context, relative: true));

        var error = Assert.Single(context.Diagnostics.Sorted());
        Assert.Equal(ErrorCodes.BrokenLink, error.Code);
        Assert.Contains(why, error.Message);
        Assert.True(new CheckLinks().Process(documents, site, new BuildContext(context.Options), relative: false), "a root-relative build allows it");
    }

    [Fact]
    public void In_a_relative_build_a_link_naming_the_file_passes_the_link_check()
    {
        var (documents, site, context) = TwoPages("../b/index.html#p1");
        Assert.True(new CheckLinks().Process(documents, site, context, relative: true), string.Join('\n', context.Diagnostics.Sorted()));
    }

    // Page /topics/a/ links to page /topics/b/, which has an element with id p1.
    private static (List<Document>, SiteModel, BuildContext) TwoPages(string link)
    {
        Document Page(string url, LinkReport report) => Document.Create($"input{url.TrimEnd('/')}.md") with
        {
            Destination = url.TrimStart('/') + "index.html",
            Metadata = Metadata.Empty.With(Keys.Url, url).With(Keys.Kind, "topic").With(Keys.LinkReport, report),
        };
        var documents = new List<Document>
        {
            Page("/topics/a/", new LinkReport([link], new HashSet<string>())),
            Page("/topics/b/", new LinkReport([], new HashSet<string> { "p1" })),
        };
        var site = SiteModel.Of(Glossary.Empty, SourceLibrary.Empty, DiscrepancyRegistry.Empty, new SiteUrls(SiteSettings.Default));
        return (documents, site, new BuildContext(BuildOptions.ForRoot(Path.GetTempPath()) with { WriteOutput = false }));
    }
}
