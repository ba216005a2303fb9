using Explainer.Tests.Support;

namespace Explainer.Tests.Checks;

/// <summary>
/// The editorial checks in every build and check: mistakes planted in a copy of the real site are
/// reported at their line and column; the settings change what is an error; what is exempt stays quiet;
/// <c>check</c> prints the coverage.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class EditorialBuildTests
{
    private static (int Exit, List<string> Lines, string Output) Check(TestSite site)
    {
        var (exit, output, error) = CliRun.Run("check", "--root", site.Root);
        CliRun.AssertOnlyDiagnostics(error.Replace(" warning: ", " "), output);
        return (exit, CliRun.Lines(error), output);
    }

    private static void Plant(TestSite site, string file, string original, string planted)
    {
        var text = site.ReadInput(file);
        Assert.Contains(original, text);
        site.Write(file, text.Replace(original, planted));
    }

    private static int Column(TestSite site, string file, string text)
    {
        var line = site.ReadInput(file).Split('\n').Single(l => l.Contains(text, StringComparison.Ordinal));
        return line.IndexOf(text, StringComparison.Ordinal) + 1;
    }

    private static int Line(TestSite site, string file, string text) =>
        site.ReadInput(file).Split('\n').ToList().FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

    [Fact]
    public void The_real_site_passes_its_own_checks_with_nothing_to_verify()
    {
        using var site = RealSite.Copy(searchIndex: false);
        var (exit, lines, output) = Check(site);

        Assert.True(exit == 0 && lines.Count == 0, string.Join('\n', lines));
        Assert.Contains("Nothing left to verify.", output);
    }

    [Fact]
    public void A_changed_word_in_a_quotation_is_an_error_at_its_opening_mark()
    {
        using var site = RealSite.Copy(searchIndex: false);
        const string file = "input/topics/how-the-model-spreads.md";
        Plant(site, file, "“opening wedge for censorship”", "“opening wedge for repression”");

        var (exit, lines, _) = Check(site);

        Assert.Equal(1, exit);
        Assert.Equal([$"{file}:{Line(site, file, "“opening wedge for repression”")}:{Column(site, file, "“opening wedge for repression”")}: EXP304 quotation “opening wedge for repression” is not in the cited paragraphs (reuters-exports ¶12); the closest passage is “opening wedge for censorship”"], lines);
    }

    [Fact]
    public void A_dropped_not_in_a_quotation_is_caught()
    {
        using var site = RealSite.Copy(searchIndex: false);
        const string file = "input/topics/rights-at-stake.md";
        Plant(site, file, "“It's not just the liberty", "“It's just the liberty");

        var (exit, lines, _) = Check(site);

        Assert.Equal(1, exit);
        Assert.Equal([$"{file}:{Line(site, file, "“It's just the liberty")}:{Column(site, file, "“It's just the liberty")}: EXP304 quotation “It's just the liberty of people in China at stake — it is the liberty of…” is not in the cited paragraphs (orwellian-drive ¶12); the closest passage is “It’s not just the liberty of people in China at stake — it is the liberty…”"], lines);
    }

    [Fact]
    public void A_wrong_figure_is_a_warning_at_the_figure_and_an_error_when_the_site_says_so()
    {
        using var site = RealSite.Copy(searchIndex: false);
        const string file = "input/topics/how-the-model-spreads.md";
        Plant(site, file, "from 36 of the 65 countries, including", "from 35 of the 65 countries, including");
        var expected = $"{file}:{Line(site, file, "35 of the 65 countries, including")}:{Column(site, file, "35 of the 65 countries, including")}: EXP305 warning: figure “35” is not in the cited paragraphs (reuters-exports ¶5), which give 36, 65, 87 percent";

        var (exit, lines, _) = Check(site);
        Assert.Equal(0, exit);
        Assert.Equal([expected], lines);

        site.Write("statiq.json", site.ReadInput("statiq.json").Replace("\"SearchIndex\":false", "\"SearchIndex\":false,\"FigureCheck\":\"error\""));
        (exit, lines, _) = Check(site);
        Assert.Equal(1, exit);
        Assert.Equal([expected.Replace(" warning:", "", StringComparison.Ordinal)], lines);
    }

    [Fact]
    public void An_uncited_paragraph_is_a_warning_at_its_line_unless_switched_off_or_short()
    {
        using var site = RealSite.Copy(searchIndex: false);
        const string file = "input/topics/africa.md";
        const string paragraph = "This paragraph states a fact about cameras in Kenya without any citation at all, which is reported.";
        site.Write(file, site.ReadInput(file) + "\n" + paragraph + "\n");

        var (_, lines, _) = Check(site);
        Assert.Equal([$"{file}:{Line(site, file, paragraph)}:1: EXP306 warning: this paragraph of {paragraph.Length} characters cites no source paragraph; cite the paragraph each factual sentence rests on"], lines);

        site.Write("statiq.json", site.ReadInput("statiq.json").Replace("\"SearchIndex\":false", "\"SearchIndex\":false,\"UncitedProseLength\":200"));
        Assert.Empty(Check(site).Lines);
        site.Write("statiq.json", site.ReadInput("statiq.json").Replace("\"UncitedProseLength\":200", "\"UncitedProseCheck\":\"off\""));
        Assert.Empty(Check(site).Lines);
    }

    [Fact]
    public void Headings_block_quotes_lists_of_links_and_quotations_marked_as_from_elsewhere_are_exempt()
    {
        using var site = RealSite.Copy(searchIndex: false);
        const string file = "input/topics/africa.md";
        site.Write(file, site.ReadInput(file) + """

            ## A heading that is long enough to be a paragraph but is only a heading, with no citation

            > A block quote that runs long enough to be reported if it were a paragraph of the author's own prose.

            - See also [the series](/topics/), [the glossary](/glossary/), [the sources](/sources/) and [the disagreements](/discrepancies/).

            Officials called it <q cite="https://example.org/">an entirely different thing altogether</q>, reports say [@reuters-exports, ¶9].
            """);

        Assert.Empty(Check(site).Lines);
    }

    [Fact]
    public void A_misquotation_in_a_timeline_event_is_reported_in_the_data_file()
    {
        using var site = RealSite.Copy(searchIndex: false);
        const string file = "input/data/timeline.yml";
        Plant(site, file, "“omnipresent, completely connected, always on and fully controllable”", "“omnipresent, fully connected, always on and fully controllable”");

        var (exit, lines, _) = Check(site);

        Assert.Equal(1, exit);
        Assert.Equal([$"{file}:{Line(site, file, "“omnipresent, fully")}:{Column(site, file, "“omnipresent, fully")}: EXP304 quotation “omnipresent, fully connected, always on and fully controllable” is not in the cited paragraphs (rewired-data-driven-diplomacy ¶5); the closest passage is “omnipresent, completely connected, always on and fully controllable”"], lines);
    }

    [Fact]
    public void Check_prints_the_coverage_per_page_and_in_total()
    {
        using var site = RealSite.Copy(searchIndex: false);
        var (_, _, output) = Check(site);

        // The real site's figures: they change only when its content does.
        Assert.Contains("\nEditorial checks: 273 of 278 (98.2 %) prose paragraphs cited, 103 of 103 (100 %) quotations verified, 167 of 167 (100 %) figures matched.\n", output);
        Assert.Matches(@"\n  input/topics/africa\.md +12/12 +2/2 +9/9\n", output);
    }
}
