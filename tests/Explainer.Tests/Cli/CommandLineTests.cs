using System.Text.RegularExpressions;
using Explainer.Tests.Support;

namespace Explainer.Tests.Cli;

/// <summary>The command line, run in-process: exit codes and the one-line diagnostic format.</summary>
public sealed partial class CommandLineTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Build_of_a_valid_site_exits_zero_and_prints_a_summary()
    {
        using var site = TestSite.From(Trees.Small);
        var (exit, output, error) = Run("build", "--root", site.Root);
        Assert.True(exit == 0, error);
        Assert.Matches(@"^Built 15 pages into .* in [\d.]+ s: 0 errors, 0 warnings\.\n  2 topics, 2 glossary terms, 1 source, 10 generated pages\n  left out: the search index \(""SearchIndex"": false in statiq.json\)\n$", output.ReplaceLineEndings("\n"));
        Assert.True(site.Exists("topics/at-home/index.html"));
    }

    [Fact]
    public void Stage_timings_show_only_with_verbose()
    {
        using var site = TestSite.From(Trees.Small);
        var (_, quiet, _) = Run("build", "--root", site.Root);
        Assert.DoesNotContain("stages (ms)", quiet);
        var (exit, verbose, error) = Run("build", "--root", site.Root, "--verbose");
        Assert.True(exit == 0, error);
        Assert.Matches(@"\n  stages \(ms\): ReadSettings \d+, LoadTheme \d+, .*WriteFiles \d+, CheckLinks \d+", verbose);
    }

    [Fact]
    public void A_failed_build_says_so_with_the_right_plurals()
    {
        using var site = TestSite.From(Trees.Small.Replace("[@report, ¶3]", "[@report, ¶9]"));
        var (exit, output, _) = Run("build", "--root", site.Root);
        Assert.Equal(1, exit);
        Assert.Matches(@"^Build failed in [\d.]+ s: 1 error, 0 warnings\. The previous output is untouched\.\n  left out: the search index", output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Build_is_the_default_command_and_output_can_be_chosen()
    {
        using var site = TestSite.From(Trees.Small);
        var elsewhere = Path.Combine(site.Root, "public");
        var (exit, _, error) = Run("--root", site.Root, "--output", elsewhere);
        Assert.True(exit == 0, error);
        Assert.True(File.Exists(Path.Combine(elsewhere, "index.html")));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Relative_links_flag_makes_every_link_relative_to_its_page()
    {
        using var site = TestSite.From(Trees.Small);
        var (exit, _, error) = Run("build", "--root", site.Root, "--relative-links");
        Assert.True(exit == 0, error);
        var page = site.Read("topics/abroad/index.html");
        Assert.Contains("href=\"../at-home/index.html#streets\"", page);
        Assert.DoesNotContain("href=\"/", page);
    }

    [Fact]
    public void Mistakes_exit_one_with_every_problem_as_path_line_column_code_and_no_stack_trace()
    {
        using var site = TestSite.From(Trees.Small + """

            -- input/topics/broken.md --
            ---
            title: Broken
            description: Has two mistakes.
            colour: blue
            ---
            A claim [@reprot, ¶2].
            """);
        var (exit, _, error) = Run("build", "--root", site.Root);
        Assert.Equal(1, exit);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line => Assert.Matches(DiagnosticLine(), line));
        Assert.Contains("input/topics/broken.md:4:1: EXP203 unknown key 'colour'", error);
        Assert.Contains("input/topics/broken.md:6:10: EXP301 unknown source 'reprot' (did you mean 'report'?)", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Check_validates_without_writing_anything()
    {
        using var site = TestSite.From(Trees.Small);
        var (exit, output, _) = Run("check", "--root", site.Root);
        Assert.Equal(0, exit);
        Assert.StartsWith("Checked ", output);
        Assert.False(Directory.Exists(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, ".output*"));
    }

    [Fact]
    public void Check_reports_the_same_problems_as_build()
    {
        using var site = TestSite.From(Trees.Small.Replace("[@report, ¶3]", "[@report, ¶9]"));
        var (exit, _, error) = Run("check", "--root", site.Root);
        Assert.Equal(1, exit);
        Assert.Contains("input/topics/abroad.md:7:41: EXP302 source 'report' has 4 paragraphs, so ¶9 does not exist", error);
    }

    [Fact]
    public void A_missing_site_folder_is_reported_not_thrown()
    {
        var (exit, _, error) = Run("build", "--root", Path.Combine(Path.GetTempPath(), "no-such-site-" + Guid.NewGuid()));
        Assert.Equal(1, exit);
        Assert.Contains("statiq.json:1:1: EXP901", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error()
    {
        var (exit, _, _) = Run("build", "--no-such-option");
        Assert.NotEqual(0, exit);
    }

    [GeneratedRegex(@"^[^:\s]+:\d+:\d+: EXP\d{3} .+$")]
    private static partial Regex DiagnosticLine();
}
