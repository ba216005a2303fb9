using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>The catalogue of citation mistakes: each is reported at the citation's own line and column.</summary>
[Collection(CliCollection.Name)]
public sealed class CitationMistakeTests
{
    private const string Head = "---\ntitle: Bad\ndescription: x\n---\n";

    /// <summary>Builds a topic whose line 5 is <paramref name="body"/>.</summary>
    private static FailedBuild Topic(string body) => FailedBuild.Of(SmallSite.With("input/topics/bad.md", Head + body));

    private static int Column(string line, string marker) => line.IndexOf(marker, StringComparison.Ordinal) + 1;

    [Fact]
    public void Unknown_source_id_reports_file_line_and_column_and_the_nearest_id()
    {
        const string body = "Cameras watch [@reprot, ¶2].";
        Topic(body).Reports($"input/topics/bad.md:5:{Column(body, "@reprot")}: EXP301 unknown source 'reprot'", "(did you mean 'report'?)");
    }

    [Fact]
    public void Unknown_source_in_a_group_is_reported_at_its_own_item()
    {
        const string body = "Both say so [@report, ¶1; @nosuch, ¶2].";
        Topic(body).Reports($"input/topics/bad.md:5:{Column(body, "@nosuch")}: EXP301 unknown source 'nosuch'", "input/sources/");
    }

    [Fact]
    public void A_paragraph_the_source_does_not_have_says_how_many_it_has()
    {
        const string body = "Cameras watch [@report, ¶9].";
        Topic(body).Reports($"input/topics/bad.md:5:{Column(body, "@report")}: EXP302 source 'report' has 4 paragraphs, so ¶9 does not exist");
    }

    [Theory]
    [InlineData("¶3-7", 7)]
    [InlineData("¶3–5", 5)]
    [InlineData("¶4-99999", 99999)]
    public void A_range_beyond_the_end_names_the_missing_paragraph(string locator, int missing)
    {
        var body = $"Cameras watch [@report, {locator}].";
        Topic(body).Reports($"input/topics/bad.md:5:{Column(body, "@report")}: EXP302 source 'report' has 4 paragraphs, so ¶{missing} does not exist");
    }

    [Theory]
    [InlineData("[@report ¶2]", "ids use letters, digits")]
    [InlineData("[@report, p. 2]", "write ¶ and a paragraph number")]
    [InlineData("[@report, ¶0]", "paragraphs are numbered from ¶1")]
    [InlineData("[@report, ¶3-2]", "must go from a lower to a higher paragraph")]
    [InlineData("[@report, ¶2; ]", "each item starts with @ and a source id")]
    [InlineData("[@report, ¶two]", "write ¶ and a paragraph number")]
    public void Malformed_citation_is_reported_at_its_bracket_with_the_syntax_to_use(string citation, string hint)
    {
        var body = $"Cameras watch {citation} today.";
        Topic(body).Reports($"input/topics/bad.md:5:{Column(body, "[@")}: EXP303 ", hint);
    }

    [Fact]
    public void A_citation_without_a_source_id_says_the_id_is_missing()
    {
        const string body = "Cameras watch [@, ¶2] today.";
        var line = Topic(body).Reports($"input/topics/bad.md:5:{Column(body, "[@")}: EXP303 ");
        Assert.DoesNotContain("locator", line, StringComparison.Ordinal);
        Assert.Contains("source id", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[@report, ¶٣]")]
    [InlineData("[@report, ¶２]")]
    [InlineData("[@report, ¶1-୨]")]
    public void A_paragraph_number_in_other_digits_is_a_malformed_citation_not_an_internal_error(string citation)
    {
        var body = $"Cameras watch {citation} today.";
        var run = Topic(body);
        run.Reports($"input/topics/bad.md:5:{Column(body, "[@")}: EXP303 ");
        Assert.DoesNotContain("EXP904", run.Codes);
    }

    [Fact]
    public void A_citation_never_closed_is_reported_at_its_bracket()
    {
        const string body = "Cameras watch [@report, ¶2 and the text goes on";
        Topic(body).Reports($"input/topics/bad.md:5:{Column(body, "[@")}: EXP303 citation is never closed with ']'");
    }

    [Fact]
    public void A_malformed_citation_across_a_line_break_is_reported_on_one_line()
    {
        const string body = "Cameras watch [@report,\np. 2] today.";
        Topic(body).Reports($"input/topics/bad.md:5:{Column(body, "[@")}: EXP303 ");
    }

    [Fact]
    public void Problems_in_an_underlined_heading_are_reported_on_their_own_line()
    {
        var run = Topic("A heading with [@nope, ¶1]\nand a second line [[nope]]\n---\n\nText.\n\nOther heading [@report, ¶9]\n=====");
        run.Reports("input/topics/bad.md:5:17: EXP301 unknown source 'nope'");
        run.Reports("input/topics/bad.md:6:19: EXP401 unknown glossary term 'nope'");
        run.Reports("input/topics/bad.md:11:16: EXP302 source 'report' has 4 paragraphs");
    }

    [Fact]
    public void A_problem_after_a_tab_is_reported_at_its_character_column()
    {
        Topic("- item\n\n\tTabbed [@nope, ¶1].").Reports("input/topics/bad.md:7:10: EXP301 unknown source 'nope'");
    }

    [Fact]
    public void Citation_problems_on_later_lines_keep_their_own_positions()
    {
        var run = Topic("First paragraph [@report, ¶1].\n\n> A quote\n> with [@reprot, ¶2].\n\n- a list item [@report, ¶8]");
        run.Reports("input/topics/bad.md:8:9: EXP301 unknown source 'reprot'");
        run.Reports("input/topics/bad.md:10:16: EXP302 source 'report' has 4 paragraphs, so ¶8 does not exist");
    }
}
