using Explainer.Pipeline;
using Explainer.Tests.Support;

namespace Explainer.Tests.Integration;

/// <summary>A preview session's rebuilds: only what changed is rewritten, and the result equals a clean build.</summary>
public sealed class IncrementalBuildTests
{
    private static BuildResult Build(TestSite site, BuildCache cache) =>
        SiteBuilder.Build(BuildOptions.ForRoot(site.Root) with { Parallelism = 2 }, cache);

    [Fact]
    public void An_incremental_build_after_an_edit_equals_a_clean_build()
    {
        using var site = TestSite.From(Trees.Small);
        var cache = new BuildCache();
        Assert.True(Build(site, cache).Succeeded);
        site.Write("input/topics/at-home.md", File.ReadAllText(Path.Combine(site.Root, "input/topics/at-home.md"))
            .Replace("title: At home", "title: At home in China").Replace("most streets", "most streets and squares"));
        var incremental = Build(site, cache);
        Assert.True(incremental.Succeeded, string.Join('\n', incremental.Diagnostics));

        using var clean = TestSite.From(Trees.Small);
        clean.Write("input/topics/at-home.md", File.ReadAllText(Path.Combine(site.Root, "input/topics/at-home.md")));
        clean.BuildOk();
        AssertSameFiles(clean.Output, site.Output);
    }

    [Fact]
    public void Editing_a_term_rewrites_its_page_and_the_pages_that_show_it_and_nothing_else()
    {
        using var site = TestSite.From(Trees.Small);
        var cache = new BuildCache();
        Build(site, cache);
        var path = Path.Combine(site.Root, "input/glossary/golden-shield.md");
        site.Write("input/glossary/golden-shield.md", File.ReadAllText(path).Replace("A national surveillance project.", "A national project to watch the internet."));
        var result = Build(site, cache);
        Assert.True(result.Succeeded);
        Assert.Equal([
            "glossary/golden-shield/index.html",      // its own page
            "glossary/index.html",                    // the A to Z list shows the definition
            "glossary/surveillance-camera/index.html", // related term
            "topics/at-home/index.html",              // mentions it: "terms on this page"
        ], result.Written);
    }

    [Fact]
    public void Editing_a_topic_rewrites_it_its_neighbours_and_the_lists_that_show_it()
    {
        using var site = TestSite.From(Trees.Small);
        var cache = new BuildCache();
        Build(site, cache);
        var path = Path.Combine(site.Root, "input/topics/abroad.md");
        site.Write("input/topics/abroad.md", File.ReadAllText(path).Replace("title: Abroad", "title: Beyond the border"));
        var result = Build(site, cache);
        Assert.Contains("topics/abroad/index.html", result.Written);
        Assert.Contains("topics/at-home/index.html", result.Written);   // its neighbour's "next" link and related topics
        Assert.Contains("index.html", result.Written);                  // the home page lists the series
        Assert.Contains("glossary/surveillance-camera/index.html", result.Written); // mentioned in
        Assert.Contains("sources/report/index.html", result.Written);   // cited by
        Assert.Contains("feed.xml", result.Written);
        Assert.DoesNotContain("glossary/golden-shield/index.html", result.Written);
        Assert.DoesNotContain("404.html", result.Written);
    }

    [Fact]
    public void Changing_the_theme_rewrites_every_page()
    {
        using var site = TestSite.From(Trees.Small);
        var cache = new BuildCache();
        Build(site, cache);
        var basePartial = Path.Combine(site.Root, "theme/partials/page-start.sbn");
        File.WriteAllText(basePartial, File.ReadAllText(basePartial).Replace("<body>", "<body class=\"changed\">"));
        var result = Build(site, cache);
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !File.ReadAllText(f).Contains("http-equiv=\"refresh\""))
            .Select(f => Path.GetRelativePath(site.Output, f)).Order(StringComparer.Ordinal);
        Assert.Equal(pages, result.Written.Where(w => w.EndsWith(".html", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_failed_incremental_build_changes_nothing_and_the_next_good_one_recovers()
    {
        using var site = TestSite.From(Trees.Small);
        var cache = new BuildCache();
        Build(site, cache);
        var before = File.ReadAllText(Path.Combine(site.Output, "topics/abroad/index.html"));
        var good = File.ReadAllText(Path.Combine(site.Root, "input/topics/abroad.md"));
        site.Write("input/topics/abroad.md", good.Replace("¶3", "¶30"));
        var failed = Build(site, cache);
        Assert.False(failed.Succeeded);
        Assert.Empty(failed.Written);
        Assert.Equal(before, File.ReadAllText(Path.Combine(site.Output, "topics/abroad/index.html")));
        site.Write("input/topics/abroad.md", good.Replace("stifle dissent", "silence dissent"));
        var recovered = Build(site, cache);
        Assert.True(recovered.Succeeded);
        Assert.Contains("silence dissent", File.ReadAllText(Path.Combine(site.Output, "topics/abroad/index.html")));
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_writes_nothing_and_reuses_every_step()
    {
        using var site = TestSite.From(Trees.Small);
        var cache = new BuildCache();
        Build(site, cache);
        var again = Build(site, cache);
        Assert.True(again.Succeeded);
        Assert.Empty(again.Written);
    }

    [Fact]
    public void Through_edits_of_every_kind_each_rebuild_equals_a_clean_build_and_lays_out_only_what_changed()
    {
        using var site = TestSite.From(Trees.Small);
        var cache = new BuildCache();
        Assert.True(Build(site, cache).Succeeded);
        void Edit(string path, Func<string, string> change) => site.Write(path, change(File.ReadAllText(Path.Combine(site.Root, path))));
        var edits = new (string What, Action Apply)[]
        {
            ("a topic's body", () => Edit("input/topics/at-home.md", t => t.Replace("most streets", "most streets and squares"))),
            ("a topic's title", () => Edit("input/topics/abroad.md", t => t.Replace("title: Abroad", "title: Over the border"))),
            ("a term's definition", () => Edit("input/glossary/golden-shield.md", t => t.Replace("A national surveillance project.", "A national project."))),
            ("a new term", () => site.Write("input/glossary/dissent.md", "---\nterm: dissent\nshort: Disagreement with those in power.\n---\nCritics speak of dissent [@report, ¶3].\n")),
            ("a source's summary", () => Edit("input/sources/report.md", t => t.Replace("A report on cameras", "A short report on cameras"))),
            ("a discrepancy", () => site.Write("input/data/discrepancies.yml", Discrepancies.Yaml)),
            ("the settings", () => site.Write("statiq.json", TestSite.DefaultSettings.Replace("Test site", "Another title"))),
            ("a partial", () => Edit("theme/partials/page-start.sbn", t => t.Replace("<body>", "<body class=\"edited\">"))),
            ("a term removed", () => File.Delete(Path.Combine(site.Root, "input/glossary/dissent.md"))),
        };
        foreach (var (what, apply) in edits)
        {
            apply();
            var incremental = Build(site, cache);
            Assert.True(incremental.Succeeded, $"after {what}: " + string.Join('\n', incremental.Diagnostics));
            var clean = Path.Combine(site.Root, "clean-" + edits.ToList().FindIndex(e => e.What == what));
            Assert.True(SiteBuilder.Build(BuildOptions.ForRoot(site.Root, clean)).Succeeded);
            AssertSameFiles(clean, site.Output, $"after {what}");
            Directory.Delete(clean, recursive: true);
        }

        // A body edit that changes no title, term or citation renders and lays out that page alone: every other page comes from the cache.
        Edit("input/topics/abroad.md", t => t.Replace("See [the first part]", "Read [the first part]"));
        var result = Build(site, cache);
        Assert.True(result.Succeeded);
        Assert.True(result.Quick);
        Assert.Equal(["topics/abroad/index.html"], result.Written);
        Assert.Equal(1, cache.MissesInLastBuild.GetValueOrDefault(nameof(Explainer.Stages.RenderMarkdown)));
        Assert.Equal(1, cache.MissesInLastBuild.GetValueOrDefault(nameof(Explainer.Stages.ApplyLayouts)));
    }

    private static void AssertSameFiles(string expected, string actual, string when = "")
    {
        var files = Directory.EnumerateFiles(expected, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(expected, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.EnumerateFiles(actual, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(actual, f)).Order(StringComparer.Ordinal));
        foreach (var file in files)
            Assert.True(File.ReadAllText(Path.Combine(expected, file)) == File.ReadAllText(Path.Combine(actual, file)), $"{file} differs from a clean build {when}");
    }
}
