using System.Diagnostics;
using System.Text;
using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>
/// Every input costs bounded time and memory: YAML aliases that would expand to billions of
/// values, nesting thousands deep, megabytes of frontmatter, huge files and pathological Markdown
/// are each reported at their position in well under a second, or built in bounded time.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class ResourceLimitTests
{
    private static FailedBuild Topic(string text) => FailedBuild.Of(SmallSite.With("input/topics/bad.md", text));

    /// <summary>Ten anchors, each a list of nine aliases of the one before: 9^10 values from 600 bytes.</summary>
    private static string BillionLaughs(string indent = "")
    {
        var yaml = new StringBuilder($"{indent}lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i < 10; i++)
            yaml.Append($"{indent}lol{i}: &l{i} [{string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 9))}]\n");
        return yaml.ToString();
    }

    private static T Timed<T>(Func<T> run, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var result = run();
        Assert.True(clock.Elapsed < limit, $"took {clock.Elapsed.TotalSeconds:0.00} s");
        return result;
    }

    [Fact]
    public void Nested_yaml_aliases_in_frontmatter_are_refused_at_the_alias_that_crosses_the_limit()
    {
        var run = Timed(() => Topic($"---\ntitle: Laughs\ndescription: A bomb.\n{BillionLaughs()}---\nBody."), TimeSpan.FromSeconds(10));

        // l3 stands for 7,381 values: with the 1,000 or so before it, the first alias of l3 (in l4) crosses 10,000.
        Assert.Equal(["input/topics/bad.md:8:12: EXP213 the YAML stands for more than 10,000 values (aliases repeat what their anchor holds); simplify the YAML"], run.Lines);
    }

    [Fact]
    public void Nested_yaml_aliases_in_a_data_file_are_refused_too()
    {
        var run = Timed(() => FailedBuild.Of(SmallSite.With("input/data/discrepancies.yml", $"discrepancies: []\n{BillionLaughs()}")), TimeSpan.FromSeconds(10));

        Assert.Equal(["input/data/discrepancies.yml:6:12: EXP213 the YAML stands for more than 10,000 values (aliases repeat what their anchor holds); simplify the YAML"], run.Lines);
    }

    [Fact]
    public void The_yaml_reader_refuses_a_billion_laughs_in_well_under_a_second()
    {
        var diagnostics = new Explainer.Diagnostics.DiagnosticBag();
        var clock = Stopwatch.StartNew();

        var ok = Explainer.Data.YamlText.TryParse(BillionLaughs(), Explainer.Diagnostics.SourcePosition.StartOf("x.yml"), diagnostics, Explainer.Diagnostics.ErrorCodes.YamlSyntax, out _);

        Assert.False(ok);
        Assert.True(clock.ElapsedMilliseconds < 500, $"took {clock.ElapsedMilliseconds} ms");
        Assert.Equal(["x.yml:5:12: EXP213 the YAML stands for more than 10,000 values (aliases repeat what their anchor holds); simplify the YAML"],
            diagnostics.Sorted().Select(d => d.ToString()));
    }

    [Fact]
    public void A_few_aliases_still_work()
    {
        var diagnostics = new Explainer.Diagnostics.DiagnosticBag();

        var ok = Explainer.Data.YamlText.TryParse("a: &x [one, two]\nb: *x\nc: *x\n", Explainer.Diagnostics.SourcePosition.StartOf("x.yml"), diagnostics,
            Explainer.Diagnostics.ErrorCodes.YamlSyntax, out var root);

        Assert.True(ok, string.Join('\n', diagnostics.Sorted()));
        var map = Assert.IsType<Explainer.Data.DataMap>(root);
        Assert.All(map.Entries, entry => Assert.Equal(2, Assert.IsType<Explainer.Data.DataList>(entry.Value).Items.Count));
    }

    [Fact]
    public void An_alias_without_its_anchor_is_a_yaml_error_at_the_alias()
    {
        var run = Topic("---\ntitle: Bad\ndescription: *nowhere\n---\nBody.");

        run.Reports("input/topics/bad.md:3:14: EXP201 invalid YAML: the alias *nowhere refers to no anchor &nowhere before it");
    }

    [Fact]
    public void Megabytes_of_frontmatter_are_refused_at_the_start_of_the_frontmatter()
    {
        var filler = string.Concat(Enumerable.Range(0, 80_000).Select(i => $"k{i}: some value\n"));
        var yaml = $"title: Big\ndescription: x\n{filler}";
        var run = Timed(() => Topic($"---\n{yaml}---\nBody."), TimeSpan.FromSeconds(10));

        Assert.Equal([$"input/topics/bad.md:2:1: EXP213 the YAML is {(yaml.Length - 1) / 1024:N0} KiB; more than 1,024 KiB is not read"], run.Lines);
    }

    [Fact]
    public void A_file_over_sixteen_mebibytes_is_refused_without_reading_it()
    {
        var run = Timed(() => FailedBuild.Of(Trees.Small, site =>
        {
            using var file = File.Create(Path.Combine(site.Root, "input", "topics", "huge.md"));
            file.SetLength(17 * 1024 * 1024);
        }), TimeSpan.FromSeconds(10));

        Assert.Equal(["input/topics/huge.md:1:1: EXP213 the file is too large: it is 17 MiB, and text files over 16 MiB are not read; split it into several pages"], run.Lines);
    }

    private const string Long = "input/topics/long.md:5:1: ";
    private const string Uncited = " characters cites no source paragraph; cite the paragraph each factual sentence rests on";
    private const string TooDeep = Long + "EXP211 the Markdown nests too deeply to render (hundreds of quotes, lists, links or emphasis inside each other)";

    [Theory]
    [InlineData("a line of four megabytes", "word ", true, Long + "EXP306 warning: this paragraph of 3999999" + Uncited)]
    [InlineData("unclosed emphasis", "*a ", false, TooDeep)]
    [InlineData("unclosed links", "[a ", false, TooDeep)]
    [InlineData("unclosed code spans", "`a ", true, Long + "EXP306 warning: this paragraph of 266666" + Uncited)]
    [InlineData("citation openers", "[@report ", false, Long + "EXP303 citation is never closed with ']'")]
    [InlineData("term link openers", "[[a ", false, TooDeep)]
    [InlineData("html openers", "<span ", true, Long + "EXP306 warning: this paragraph of 399995" + Uncited)]
    [InlineData("entity lookalikes", "&#x ", true, Long + "EXP306 warning: this paragraph of 399999" + Uncited)]
    public void Pathological_markdown_builds_in_bounded_time(string what, string unit, bool builds, string diagnostic)
    {
        using var site = TestSite.From(Trees.Small);
        var repeats = (what.StartsWith("a line", StringComparison.Ordinal) ? 4_000_000 : 400_000) / unit.Length;
        site.Write("input/topics/long.md", "---\ntitle: Long\ndescription: Long.\n---\n" + string.Concat(Enumerable.Repeat(unit, repeats)) + "\n");

        var result = Timed(() => site.Build(), TimeSpan.FromSeconds(20));

        Assert.DoesNotContain(result.Diagnostics, d => d.Code.Id == "EXP904");
        Assert.Equal([diagnostic], result.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(builds, result.Succeeded);
        Assert.Equal(builds, result.Published);
    }
}
