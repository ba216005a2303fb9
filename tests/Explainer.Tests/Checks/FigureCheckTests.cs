using Explainer.Checks;
using static Explainer.Tests.Checks.SourceParagraphs;

namespace Explainer.Tests.Checks;

public sealed class FigureCheckTests
{
    [Fact]
    public void Figures_in_digits_that_the_cited_paragraph_gives_match()
    {
        var result = Checked.Paragraph("Officials from 36 of the 65 countries attended [@reuters-exports, ¶5].", Reuters5);
        Assert.Empty(result.Findings);
        Assert.Equal(new CheckTally(0, 0, 2, 2), result.Tally);
    }

    [Fact]
    public void A_figure_the_source_gives_otherwise_is_a_warning_naming_the_figures_it_gives()
    {
        var result = Checked.Paragraph("Officials from 35 of the 65 countries attended [@reuters-exports, ¶5].", Reuters5);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal("35", result.Text.Substring(warning.Offset, warning.Length));
        Assert.Equal("figure “35” is not in the cited paragraphs (reuters-exports ¶5), which give 36, 65, 87 percent", warning.Message);
        Assert.False(warning.IsError);
    }

    [Theory]
    [InlineData("It said thirteen countries prosecuted people [@reuters-exports, ¶13].", Kind.Source13)]
    [InlineData("It said 13 countries prosecuted people [@reuters-exports, ¶13].", Kind.Source13)]
    [InlineData("Officials from 36 countries attended [@global-campaign-2018, ¶1].", Kind.ThreeDozen)]
    [InlineData("Officials from three dozen countries attended [@global-campaign-2018, ¶1].", Kind.ThreeDozen)]
    [InlineData("Officials from thirty-six countries attended [@reuters-exports, ¶5].", Kind.Reuters)]
    [InlineData("The U.S. added 28 companies to the list [@rewired-data-driven-diplomacy, ¶23].", Kind.Rewired)]
    public void Numbers_in_words_and_in_digits_match_each_other(string markdown, Kind source) =>
        Assert.Empty(Checked.Paragraph(markdown, Source(source)).Findings);

    [Theory]
    [InlineData("It said fourteen countries prosecuted people [@reuters-exports, ¶13].", "fourteen", Kind.Source13)]
    [InlineData("Officials from thirty-five countries attended [@reuters-exports, ¶5].", "thirty-five", Kind.Reuters)]
    [InlineData("Officials from four dozen countries attended [@global-campaign-2018, ¶1].", "four dozen", Kind.ThreeDozen)]
    public void Numbers_in_words_that_the_source_does_not_give_are_warnings(string markdown, string flagged, Kind source) =>
        Assert.Equal([flagged], Checked.Paragraph(markdown, Source(source)).Flagged(FindingKind.FigureNotFound));

    [Theory]
    [InlineData("Museveni continues a $126 million project [@rewired-data-driven-diplomacy, ¶1].", null)]
    [InlineData("Museveni continues a 126 million dollar project [@rewired-data-driven-diplomacy, ¶1].", null)]
    [InlineData("Museveni continues a $126-million project [@rewired-data-driven-diplomacy, ¶1].", null)]
    [InlineData("Museveni continues a $126 billion project [@rewired-data-driven-diplomacy, ¶1].", "$126 billion")]
    [InlineData("Museveni continues a $162 million project [@rewired-data-driven-diplomacy, ¶1].", "$162 million")]
    [InlineData("Belgrade is installing over 1,000 cameras in 800 locations [@rewired-data-driven-diplomacy, ¶1].", null)]
    [InlineData("Belgrade is installing over 1,000 cameras in 900 locations [@rewired-data-driven-diplomacy, ¶1].", "900")]
    public void Currencies_and_scales_match_by_value(string markdown, string? flagged) =>
        Assert.Equal(flagged is null ? [] : [flagged], Checked.Paragraph(markdown, Rewired1).Flagged(FindingKind.FigureNotFound));

    [Theory]
    [InlineData("The 65 countries hold 87% of internet users [@reuters-exports, ¶5].", null)]
    [InlineData("The 65 countries hold 87 per cent of internet users [@reuters-exports, ¶5].", null)]
    [InlineData("The 65 countries hold 78 percent of internet users [@reuters-exports, ¶5].", "78 percent")]
    [InlineData("SenseTime was valued at more than $4.5 billion [@romaniuk-burgers-2018, ¶4].", null)]
    [InlineData("SenseTime was valued at more than $5.4 billion [@romaniuk-burgers-2018, ¶4].", "$5.4 billion")]
    public void Percentages_and_decimals_match_by_value(string markdown, string? flagged) =>
        Assert.Equal(flagged is null ? [] : [flagged], Checked.Paragraph(markdown, Reuters5, Romaniuk4).Flagged(FindingKind.FigureNotFound));

    [Theory]
    [InlineData("Vietnam passed its law after a training in April 2017 [@global-campaign-2018, ¶6].", null)]
    [InlineData("Vietnam passed its law after a training in 2017 [@global-campaign-2018, ¶6].", null)]
    [InlineData("Vietnam passed its law after a training in March 2017 [@global-campaign-2018, ¶6].", "March 2017")]
    [InlineData("Vietnam passed its law after a training in April 2018 [@global-campaign-2018, ¶6].", "April 2018")]
    [InlineData("Vietnam passed its law in 2018 [@global-campaign-2018, ¶6].", "2018")]
    public void Dates_are_figures_and_a_month_must_match_too(string markdown, string? flagged) =>
        Assert.Equal(flagged is null ? [] : [flagged], Checked.Paragraph(markdown, Global6).Flagged(FindingKind.FigureNotFound));

    [Fact]
    public void A_date_may_come_from_a_whole_source_citation_and_its_reference_data()
    {
        var dated = Checked.Paragraph("The report is dated 2 November 2018 [@global-campaign-2018].", GlobalWhole);
        Assert.Empty(dated.Findings);
        Assert.Equal(["3 November 2018"], Checked.Paragraph("The report is dated 3 November 2018 [@global-campaign-2018].", GlobalWhole).Flagged(FindingKind.FigureNotFound));
        Assert.StartsWith("figure “2019” is not in the cited paragraphs (global-campaign-2018), which give 2 November 2018, 2017",
            Checked.Paragraph("It is from 2019 [@global-campaign-2018].", GlobalWhole).Warnings.Single().Message);
    }

    [Theory]
    [InlineData("The United States ranked 22nd of 100 [@global-campaign-2018, ¶10].", null)]
    [InlineData("The United States ranked 21st of 100 [@global-campaign-2018, ¶10].", "21st")]
    [InlineData("Internet freedom declined for the eighth year in a row [@global-campaign-2018, ¶10].", null)]
    [InlineData("Internet freedom declined for the 8th consecutive year [@global-campaign-2018, ¶10].", null)]
    [InlineData("Internet freedom declined for the ninth consecutive year [@global-campaign-2018, ¶10].", "ninth")]
    public void Ordinals_match_in_digits_or_words(string markdown, string? flagged) =>
        Assert.Equal(flagged is null ? [] : [flagged], Checked.Paragraph(markdown, Global10).Flagged(FindingKind.FigureNotFound));

    [Theory]
    [InlineData("It funds Made in China 2025 and ECU-911 [@reuters-exports, ¶5].")]
    [InlineData("It rolled out 5G networks during COVID-19 [@reuters-exports, ¶5].")]
    [InlineData("The bill's Section 304 and the G20 summit [@reuters-exports, ¶5].")]
    [InlineData("One of the largest firms, and no one else, owns one tool [@reuters-exports, ¶5].")]
    [InlineData("Dozens of countries, millions of people and a dozen firms [@reuters-exports, ¶5].")]
    [InlineData("The two reports and the five documents use it in the third person; the first is that [@reuters-exports, ¶5].")]
    public void Names_pronouns_vague_quantities_and_the_editors_own_counting_are_not_figures(string markdown)
    {
        var result = Checked.Paragraph(markdown, Reuters5);
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.Tally.Figures);
    }

    [Fact]
    public void A_number_after_a_capitalised_word_is_a_figure_unless_it_reads_as_part_of_a_name() =>
        Assert.Equal(["1,200", "22nd", "900"],
            Checked.Paragraph("Huawei gave Belgrade 1,200 cameras, the study ranked the United States 22nd and Serbia 900 locations, under Article 7 of Vision 2030 [@rewired-data-driven-diplomacy, ¶1].", Rewired1)
                .Flagged(FindingKind.FigureNotFound));

    [Fact]
    public void List_numbering_left_in_the_text_is_not_a_figure()
    {
        var paragraph = new ProseParagraph("2. Review the ban.", [new ProseCitation(17, [new CitedText("orwellian-drive ¶11", "review the ban")])]);
        Assert.Equal(0, EditorialChecks.Check(paragraph).Tally.Figures);
    }

    [Fact]
    public void Small_counts_are_figures_when_they_measure_time() =>
        Assert.Equal(["three"], Checked.Paragraph("Officials trained over three years, not two years [@global-campaign-2018, ¶1].", Global1).Flagged(FindingKind.FigureNotFound));

    [Fact]
    public void A_figure_is_checked_only_against_its_own_sentences_citations()
    {
        const string text = "Reuters gives 36 countries [@reuters-exports, ¶5]. The other report gives 35 [@global-campaign-2018, ¶4].";
        Assert.Empty(Checked.Paragraph(text, Reuters5, Global4).Findings);
        var swapped = Checked.Paragraph(text.Replace("36", "XX").Replace("35", "36").Replace("XX", "35"), Reuters5, Global4);
        Assert.Equal(["35", "36"], swapped.Flagged(FindingKind.FigureNotFound));
    }

    [Fact]
    public void A_figure_in_a_sentence_without_a_citation_is_not_checked()
    {
        var result = Checked.Paragraph("The two reports differ: one gives 35 and the other 36. Reuters gives 36 [@reuters-exports, ¶5].", Reuters5);
        Assert.Empty(result.Findings);
        Assert.Equal(1, result.Tally.Figures);
    }

    [Fact]
    public void A_figure_inside_a_checked_quotation_is_left_to_the_quotation_check()
    {
        var result = Checked.Paragraph("It cites “representatives from 35 out of 65 countries” [@reuters-exports, ¶5].", Reuters5);
        Assert.Single(result.Errors);
        Assert.Empty(result.Warnings);
    }

    public enum Kind { Source13, ThreeDozen, Reuters, Rewired }

    private static (string, string) Source(Kind kind) => kind switch
    {
        Kind.Source13 => Reuters13,
        Kind.ThreeDozen => Global1,
        Kind.Reuters => Reuters5,
        _ => Rewired23,
    };
}
