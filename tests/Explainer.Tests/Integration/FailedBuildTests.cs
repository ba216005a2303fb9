using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>A build that fails leaves the published site exactly as it was and says precisely why.</summary>
public sealed class FailedBuildTests
{
    [Fact]
    public void A_failed_build_leaves_the_previous_output_untouched()
    {
        using var site = TestSite.From(Trees.Small);
        site.BuildOk();
        var before = Snapshot(site.Output);
        site.Write("input/topics/abroad.md", "---\ntitle: Abroad\ndescription: x\n---\nSee [nothing](/topics/nowhere/).\n");
        var result = site.Build();
        Assert.False(result.Succeeded);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output*"));
    }

    [Fact]
    public void A_broken_link_names_the_file_line_column_and_the_href_with_the_nearest_page_by_slug()
    {
        using var site = TestSite.From(Trees.Small.Replace("See [the first part](/topics/at-home/#streets).", "See [the first part](/topics/at-hom/)."));
        var result = site.Build();
        var problem = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("input/topics/abroad.md:7:76: EXP501 broken link '/topics/at-hom/': no topic in input/topics/ has the slug 'at-hom' (did you mean '/topics/at-home/'?)", problem.ToString());
    }

    [Fact]
    public void A_broken_anchor_suggests_an_id_the_page_has()
    {
        using var site = TestSite.From(Trees.Small.Replace("/topics/at-home/#streets", "/topics/at-home/#street"));
        var problem = Assert.Single(site.Build().Diagnostics, d => d.IsError);
        Assert.Equal("EXP502", problem.Code.Id);
        Assert.Equal("broken link '/topics/at-home/#street': input/topics/at-home.md has no heading or other element with the id 'street' (did you mean 'streets'?)", problem.Message);
    }

    [Fact]
    public void All_problems_of_a_run_are_reported_together()
    {
        using var site = TestSite.From(Trees.Small
            .Replace("order: 2", "order: two")
            .Replace("related: [golden-shield]", "related: [golden-sheild]")
            .Replace("[@report, ¶1].\n-- input/topics", "[@report, ¶1] [[no-such-term]].\n-- input/topics"));
        var codes = site.Build().Diagnostics.Select(d => d.Code.Id).Order().ToList();
        Assert.Equal(["EXP204", "EXP210", "EXP401"], codes);
    }

    private static Dictionary<string, string> Snapshot(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));
}
