using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>Pathological nesting anywhere is a diagnostic at the right place, never a crash or a stack overflow.</summary>
[Collection(CliCollection.Name)]
public sealed class DeepNestingTests
{
    private const string Head = "---\ntitle: Deep\ndescription: Nested far too deep.\n---\n";

    public static TheoryData<string, string> TooDeepMarkdown => new()
    {
        { "quotes", new string('>', 5000) + " deep" },
        { "lists", string.Concat(Enumerable.Repeat("- ", 5000)) + "deep" },
        { "emphasis", string.Concat(Enumerable.Repeat("*_", 5000)) + "deep" + string.Concat(Enumerable.Repeat("_*", 5000)) },
        { "quotes after a paragraph", "A first paragraph.\n\n" + new string('>', 5000) + " deep" },
    };

    [Theory]
    [MemberData(nameof(TooDeepMarkdown))]
    public void Markdown_nested_thousands_deep_is_a_diagnostic_not_a_crash(string kind, string body)
    {
        var run = FailedBuild.Of(SmallSite.With("input/topics/deep.md", Head + body));
        run.Reports("input/topics/deep.md:5:1: EXP211 the Markdown nests too deeply to render", "quotes, lists, links or emphasis");
        Assert.True(run.Codes.SequenceEqual(["EXP211"]), $"{kind}: {string.Join(", ", run.Codes)}");
    }

    [Fact]
    public void Thousands_of_unclosed_brackets_are_a_diagnostic_not_an_internal_error()
    {
        var run = FailedBuild.Of(SmallSite.With("input/topics/deep.md", Head + "Some text " + new string('[', 3000) + " more."));
        run.Reports("input/topics/deep.md:5:1: EXP211 ");
        Assert.DoesNotContain("EXP904", run.Codes);
    }

    [Fact]
    public void A_page_too_deep_to_render_does_not_break_the_pages_rendered_after_it()
    {
        // One thread for both builds: the renderer is kept per thread.
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                using var site = TestSite.From(SmallSite.With("input/topics/deep.md", Head + "Some text " + new string('[', 3000) + " more."));
                Assert.False(site.Build(o => o with { Parallelism = 1 }).Succeeded);
                site.Write("input/topics/deep.md", Head + "Fixed.");
                site.BuildOk(o => o with { Parallelism = 1 });
            }
            catch (Exception e)
            {
                failure = e;
            }
        });
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }

    [Fact]
    public void Thousands_of_nested_html_elements_build_or_fail_cleanly()
    {
        using var site = TestSite.From(SmallSite.With("input/topics/deep.md", Head + string.Concat(Enumerable.Repeat("<div>", 5000)) + "x" + string.Concat(Enumerable.Repeat("</div>", 5000))));
        var (exit, output, error) = CliRun.Run("build", "--root", site.Root);
        Assert.True(exit is 0 or 1, $"exit {exit}");
        CliRun.AssertOnlyDiagnostics(error, output);
        Assert.True(exit == 0 || error.Contains("input/topics/deep.md:", StringComparison.Ordinal), error);
    }

    [Fact]
    public void Yaml_lists_nested_thousands_deep_are_refused_where_they_pass_the_limit()
    {
        var run = FailedBuild.Of(SmallSite.With("input/topics/deep.md",
            "---\ntitle: Deep\ndescription: x\ntags: " + new string('[', 5000) + new string(']', 5000) + "\n---\nBody."));
        // The 65th "[" is column 71: "tags: " takes six.
        Assert.Equal(["input/topics/deep.md:4:71: EXP213 lists and mappings nest more than 64 levels deep; simplify the YAML"], run.Lines);
    }

    [Fact]
    public void Yaml_mappings_nested_thousands_deep_are_refused_where_they_pass_the_limit()
    {
        var run = FailedBuild.Of(SmallSite.With("input/topics/deep.md",
            "---\ntitle: Deep\ndescription: x\ntags: " + string.Concat(Enumerable.Repeat("{a: ", 3000)) + "1" + new string('}', 3000) + "\n---\nBody."));
        // The key inside the 64th "{a: " is at column 260: "tags: " takes six, each level four.
        Assert.Equal(["input/topics/deep.md:4:260: EXP213 lists and mappings nest more than 64 levels deep; simplify the YAML"], run.Lines);
    }

    [Fact]
    public void A_discrepancy_note_nested_thousands_deep_is_a_diagnostic_not_a_crash()
    {
        var run = FailedBuild.Of(Discrepancies.TreeWith(Discrepancies.Yaml + "\n    note: \"" + new string('>', 5000) + " deep\""));
        run.Reports("input/data/discrepancies.yml:7:", "EXP211");
    }
}
