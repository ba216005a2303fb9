using Explainer.Pipeline;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>
/// A preview's rebuild of only the edited page, against the real site: taken when the edit cannot
/// reach another page, not taken when it can, and always leaving the output and the diagnostics
/// exactly as a clean build of the same files would.
/// </summary>
public sealed class QuickRebuildTests : IDisposable
{
    private const string Topic = "input/topics/how-the-model-spreads.md";

    private readonly TestSite _site = RealSite.Copy(searchIndex: false);
    private readonly BuildCache _cache = new();

    private BuildResult Rebuild(bool drafts = false) => SiteBuilder.Build(BuildOptions.ForRoot(_site.Root) with { Parallelism = 2, Drafts = drafts }, _cache);

    public QuickRebuildTests() => Assert.True(Rebuild().Succeeded);

    [Fact]
    public void A_sentence_added_to_a_topic_rebuilds_that_page_alone_and_matches_a_clean_build()
    {
        Append(Topic, " The series adds this sentence for the test.");

        var result = Rebuild();

        Assert.True(result.Quick);
        Assert.Equal(["topics/how-the-model-spreads/index.html"], result.Written);
        Assert.Contains("adds this sentence for the test", _site.Read("topics/how-the-model-spreads/index.html"));
        AssertSameAsCleanBuild(result);
    }

    [Fact]
    public void Several_edits_in_a_row_stay_quick_and_match_a_clean_build()
    {
        foreach (var n in new[] { "one", "two", "three" })
        {
            Append(Topic, $" Edit number {n}.");
            Assert.True(Rebuild().Quick);
        }
        Append("input/glossary/hikvision.md", " One more line about it.");

        var result = Rebuild();

        Assert.True(result.Quick);
        AssertSameAsCleanBuild(result);
    }

    [Fact]
    public void An_uncited_paragraph_adds_its_warning_and_removing_it_takes_the_warning_away()
    {
        var original = _site.ReadInput(Topic);
        _site.Write(Topic, original + "\n\nThis new paragraph states something at length without citing any of the sources that the series relies on for it.\n");

        var warned = Rebuild();
        Assert.True(warned.Quick);
        Assert.Contains(warned.Diagnostics, d => d.Path == Topic && d.Code.Id == "EXP306");
        AssertSameAsCleanBuild(warned);

        _site.Write(Topic, original);
        var clean = Rebuild();
        Assert.True(clean.Quick);
        Assert.DoesNotContain(clean.Diagnostics, d => d.Path == Topic && d.Code.Id == "EXP306");
        AssertSameAsCleanBuild(clean);
    }

    [Fact]
    public void A_broken_link_fails_the_quick_rebuild_and_keeps_the_served_page_until_it_is_fixed()
    {
        var served = _site.Read("topics/how-the-model-spreads/index.html");
        var original = _site.ReadInput(Topic);
        _site.Write(Topic, original + "\n\nSee [the missing page](/topics/no-such-topic/).\n");

        var failed = Rebuild();

        Assert.True(failed.Quick);
        Assert.False(failed.Published);
        Assert.Contains(failed.Diagnostics, d => d.Path == Topic && d.Code.Id == "EXP501");
        Assert.Equal(served, _site.Read("topics/how-the-model-spreads/index.html"));

        _site.Write(Topic, original.TrimEnd('\n') + " Fixed.\n");
        var fixedResult = Rebuild();
        Assert.True(fixedResult.Succeeded);
        AssertSameAsCleanBuild(fixedResult);
    }

    [Theory]
    [InlineData("frontmatter", "a changed title is shown on other pages")]
    [InlineData("heading", "a new heading is an anchor other pages may link to")]
    [InlineData("citation", "a new citation changes the source page's list of pages that cite it")]
    [InlineData("new file", "a new page changes the lists")]
    [InlineData("theme", "a template is on every page")]
    public void An_edit_that_can_reach_other_pages_rebuilds_the_site_and_matches_a_clean_build(string edit, string why)
    {
        var text = _site.ReadInput(Topic);
        switch (edit)
        {
            case "frontmatter":
                _site.Write(Topic, text.Replace("title: \"", "title: \"Revised: ", StringComparison.Ordinal));
                break;
            case "heading":
                _site.Write(Topic, text + "\n\n## A heading added for the test\n\nA sentence under it.\n");
                break;
            case "citation":
                var citation = System.Text.RegularExpressions.Regex.Match(text, @"\[@[^\]]+\]").Value;
                _site.Write(Topic, text + $"\n\nThe same point once more {citation}.\n");
                break;
            case "new file":
                _site.Write("input/pages/extra.md", "---\ntitle: Extra\n---\n\nAn extra page.\n");
                break;
            case "theme":
                _site.Write("theme/partials/page-end.sbn", _site.ReadInput("theme/partials/page-end.sbn") + "\n<!-- edited -->\n");
                break;
        }

        var result = Rebuild();

        Assert.False(result.Quick, why);
        AssertSameAsCleanBuild(result);
    }

    private const string Draft = "input/topics/a-draft.md";

    [Fact]
    public void With_drafts_as_preview_shows_them_an_edit_of_a_drafts_body_rebuilds_that_page_alone_and_matches_a_clean_build()
    {
        _site.Write(Draft, "---\ntitle: A draft\ndescription: Not ready.\ndraft: true\n---\n\nReuters reported on the study [@reuters-exports, ¶1].\n");
        Assert.False(Rebuild(drafts: true).Quick, "a new file changes the lists");
        Append(Draft, " It says more.");

        var result = Rebuild(drafts: true);

        Assert.True(result.Quick);
        Assert.Equal(["topics/a-draft/index.html"], result.Written);
        Assert.Contains("draft-banner", _site.Read("topics/a-draft/index.html"));
        AssertSameAsCleanBuild(result, drafts: true);
    }

    [Fact]
    public void Without_drafts_a_quick_rebuild_keeps_the_warnings_of_the_drafts_left_out_and_an_edit_of_a_draft_checks_it_again()
    {
        _site.Write(Draft, "---\ntitle: A draft\ndescription: Not ready.\ndraft: true\n---\n\nReuters reported on the study [@reuters-exports, ¶70].\n");
        Assert.Single(Rebuild().Diagnostics, d => d.Path == Draft && !d.IsError);
        Append(Topic, " The series adds this sentence for the test.");

        var quick = Rebuild();
        Assert.True(quick.Quick);
        AssertSameAsCleanBuild(quick);

        _site.Write(Draft, _site.ReadInput(Draft).Replace("¶70", "¶1", StringComparison.Ordinal));
        var full = Rebuild();
        Assert.False(full.Quick, "a draft left out is not in the last build's model");
        Assert.DoesNotContain(full.Diagnostics, d => d.Path == Draft);
        AssertSameAsCleanBuild(full);
    }

    private void Append(string path, string text) => _site.Write(path, _site.ReadInput(path).TrimEnd('\n') + text + "\n");

    // Every file, byte for byte, and every diagnostic, as a clean build of the same files gives them: the
    // first build of a new preview session, which, like every preview build, leaves the downloads to `build`.
    private void AssertSameAsCleanBuild(BuildResult rebuilt, bool drafts = false)
    {
        var clean = Path.Combine(_site.Root, "clean-" + Guid.NewGuid().ToString("N"));
        var expected = SiteBuilder.Build(BuildOptions.ForRoot(_site.Root, clean) with { Parallelism = 2, Drafts = drafts }, new BuildCache());
        try
        {
            Assert.True(expected.Succeeded, string.Join('\n', expected.Diagnostics));
            Assert.Equal(expected.Diagnostics.Select(d => d.ToString()), rebuilt.Diagnostics.Select(d => d.ToString()));
            var files = Files(clean);
            Assert.Equal(files, Files(_site.Output));
            Assert.All(files, file => Assert.True(File.ReadAllBytes(Path.Combine(clean, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(_site.Output, file))), file));
        }
        finally
        {
            if (Directory.Exists(clean)) Directory.Delete(clean, recursive: true);
        }
    }

    private static List<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal).ToList();

    public void Dispose() => _site.Dispose();
}
