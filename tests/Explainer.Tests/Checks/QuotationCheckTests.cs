using Explainer.Checks;
using static Explainer.Tests.Checks.SourceParagraphs;

namespace Explainer.Tests.Checks;

public sealed class QuotationCheckTests
{
    [Fact]
    public void A_quotation_in_the_cited_paragraph_is_verified()
    {
        var result = Checked.Paragraph("Lu Kang called the accusations “unprofessional and irresponsible” [@reuters-exports, ¶9].", Reuters9);
        Assert.Empty(result.Findings);
        Assert.Equal(new CheckTally(1, 1, 0, 0), result.Tally);
    }

    [Theory]
    [InlineData("Reuters says the project aims to \"build a fortress city with technologies\" [@orwellian-drive, ¶1].")]
    [InlineData("It says the ultimate aim is to “predict … individuals and vehicles posing heightened risks” [@orwellian-drive, ¶1].")]
    [InlineData("The project is to strengthen \"the authorities' hands against unexpected social unrest\" [@orwellian-drive, ¶1].")]
    [InlineData("The project is to strengthen “the authorities’ hands against\n   unexpected  social unrest” [@orwellian-drive, ¶1].")]
    public void Straight_and_typographic_quotes_apostrophes_and_whitespace_compare_alike(string markdown) =>
        Assert.Empty(Checked.Paragraph(markdown, Orwellian1).Findings);

    [Theory]
    [InlineData("It calls the project one to “build a fortress city … with technologies” [@orwellian-drive, ¶1].", "… with")]
    [InlineData("Its aim is to “predict ... individuals and vehicles ... to public safety” [@orwellian-drive, ¶1].", "...")]
    [InlineData("It says the project is “attempting to build a fortress city. . . . Using big data from various sources” [@orwellian-drive, ¶1].", ". . .")]
    public void An_ellipsis_in_either_form_stands_for_omitted_words(string markdown, string ellipsis)
    {
        var result = Checked.Paragraph(markdown, Orwellian1);
        Assert.Contains(ellipsis, result.Text);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void An_ellipsis_does_not_excuse_words_the_source_never_wrote() =>
        Assert.Single(Checked.Paragraph("Its aim is to “predict … individuals and vehicles posing deadly risks” [@orwellian-drive, ¶1].", Orwellian1).Errors);

    [Theory]
    [InlineData("It says “[the Chinese government] is attempting to build a fortress city” [@orwellian-drive, ¶1].")]
    [InlineData("It says “[t]he project is supposed to strengthen the authorities’ hands” [@orwellian-drive, ¶1].")]
    [InlineData("It says “[a]ccording to the Sina online news portal, [it] is supposed to strengthen” security [@orwellian-drive, ¶1].")]
    public void Square_brackets_mark_the_editors_own_insertions(string markdown) =>
        Assert.Empty(Checked.Paragraph(markdown, Orwellian1).Findings);

    [Fact]
    public void The_case_of_the_first_letter_is_free_but_not_of_the_others()
    {
        Assert.Empty(Checked.Paragraph("“Build a fortress city with technologies,” it says [@orwellian-drive, ¶1].", Orwellian1).Findings);
        Assert.Single(Checked.Paragraph("“build a fortress City with technologies,” it says [@orwellian-drive, ¶1].", Orwellian1).Errors);
    }

    [Fact]
    public void A_changed_word_is_an_error_at_the_opening_mark_quoting_the_closest_passage()
    {
        var result = Checked.Paragraph("Lu Kang said the accusations had “no basis in fact” and were “unprofessional and irresponsible” [@reuters-exports, ¶9].", Reuters9);
        var error = Assert.Single(result.Errors);
        Assert.Equal(result.Text.IndexOf('“'), error.Offset);
        Assert.Equal("“no basis in fact”", result.Text.Substring(error.Offset, error.Length));
        Assert.Equal("quotation “no basis in fact” is not in the cited paragraphs (reuters-exports ¶9); the closest passage is “no foundation in fact”", error.Message);
        Assert.Equal(new CheckTally(2, 1, 0, 0), result.Tally);
    }

    [Fact]
    public void A_dropped_not_is_caught() =>
        Assert.Equal(["“Chinese foreign investment and influence efforts are new”"],
            Checked.Paragraph("Reuters adds that “Chinese foreign investment and influence efforts are new” [@reuters-exports, ¶10].", Reuters10).Flagged(FindingKind.QuotationNotFound));

    [Fact]
    public void A_quotation_from_a_paragraph_the_sentence_does_not_cite_is_caught_naming_the_cited_ones()
    {
        var result = Checked.Paragraph("Reuters says China is “leading the charge” with seminars for officials from “at least three-dozen countries” [@reuters-exports, ¶5; @global-campaign-2018, ¶4].", Reuters5, Global4, Global1);
        var error = Assert.Single(result.Errors);
        Assert.Equal("quotation “at least three-dozen countries” is not in the cited paragraphs (reuters-exports ¶5, global-campaign-2018 ¶4); none of them has a passage like it", error.Message);
    }

    [Theory]
    [InlineData("The essay calls it China's “grip” on the market [@reuters-exports, ¶5].")]
    [InlineData("It uses “big data” to predict risks [@reuters-exports, ¶5].")]
    [InlineData("The “Data-Driven Diplomacy” essay [@reuters-exports, ¶5].")]
    public void Scare_quotes_of_one_or_two_words_are_not_quotations(string markdown)
    {
        var result = Checked.Paragraph(markdown, Reuters5);
        Assert.Empty(result.Findings);
        Assert.Equal(0, result.Tally.Quotations);
    }

    [Fact]
    public void Single_quotes_nested_in_double_ones_are_part_of_the_quotation()
    {
        Assert.Empty(Checked.Paragraph("Its view of intelligence “broadly includes 'state security,' suggesting they are willing” to spy [@rewired-data-driven-diplomacy, ¶22].", Rewired22).Findings);
        Assert.Single(Checked.Paragraph("Its view of intelligence “broadly includes ‘national security,’ suggesting they are willing” to spy [@rewired-data-driven-diplomacy, ¶22].", Rewired22).Errors);
    }

    [Fact]
    public void Apostrophes_are_not_quotation_marks() =>
        Assert.Equal(0, Checked.Paragraph("The citizens’ hopes and China’s plans, the ’90s and the authorities' hands [@reuters-exports, ¶5].", Reuters5).Tally.Quotations);

    [Fact]
    public void A_quotation_of_several_sentences_is_one_quotation_checked_against_the_citation_that_ends_it() =>
        Assert.Empty(Checked.Paragraph("Schiff said the coupling “is deeply troubling and has spread beyond China itself… Export of this technology gives countries the technological tools they need.” He spoke in 2019 [@rewired-data-driven-diplomacy, ¶23].", Rewired23).Findings);

    [Fact]
    public void A_citation_marker_inside_the_quotation_marks_belongs_to_the_quotation() =>
        Assert.Empty(Checked.Paragraph("Lu Kang said the report was “unprofessional and irresponsible [@reuters-exports, ¶9].” Beijing said no more [@reuters-exports, ¶10].", Reuters9, Reuters10).Findings);

    [Fact]
    public void A_quotation_followed_by_its_own_citation_is_checked_against_that_citation_alone()
    {
        var result = Checked.Paragraph("Reuters quotes “no foundation in fact” [@reuters-exports, ¶10], while the other report says “a new report” [@global-campaign-2018, ¶1; @reuters-exports, ¶9].", Reuters9, Reuters10, Global1);
        Assert.Equal(["“no foundation in fact”"], result.Flagged(FindingKind.QuotationNotFound));
    }

    [Fact]
    public void A_quotation_in_a_sentence_without_a_citation_is_checked_against_all_the_paragraphs_citations()
    {
        var text = "Lu Kang said the accusations had “no foundation in fact”. Reuters adds that the trend is not new [@reuters-exports, ¶10]. He called them “unprofessional and irresponsible” [@reuters-exports, ¶9].";
        Assert.Empty(Checked.Paragraph(text, Reuters9, Reuters10).Findings);
        Assert.Single(Checked.Paragraph(text.Replace("no foundation", "no basis"), Reuters9, Reuters10).Errors);
    }

    [Fact]
    public void A_q_element_marks_a_quotation_not_from_the_cited_source_and_is_not_checked()
    {
        var result = Checked.Paragraph("The law calls for <q cite=\"https://example.org/law\">a secure and controllable network</q>, which the report does not quote [@reuters-exports, ¶10].", Reuters10);
        Assert.Equal("The law calls for a secure and controllable network, which the report does not quote.", result.Text);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_long_closest_passage_is_cut_to_fifteen_words_around_the_first_difference()
    {
        var result = Checked.Paragraph("The essay says “many of these cameras will be equipped with facial recognition technologies enabling law enforcement to determine the identity of citizens from previously unimaginable distances” [@rewired-data-driven-diplomacy, ¶1].", Rewired1);
        var message = Assert.Single(result.Errors).Message;
        Assert.StartsWith("quotation “many of these cameras will be equipped with facial recognition technologies enabling law enforcement to…” is not", message);
        Assert.EndsWith("the closest passage is “…recognition technologies enabling law enforcement to determine the identity of citizens from previously unthinkable distances”", message);
    }

    [Fact]
    public void Nothing_is_checked_in_a_paragraph_without_citations()
    {
        var result = Checked.Paragraph("He said the accusations had “no basis in fact whatsoever” and gave 35 figures.");
        Assert.Empty(result.Findings);
        Assert.Equal(CheckTally.None, result.Tally);
    }

    [Fact]
    public void A_quotation_mark_never_closed_is_no_quotation() =>
        Assert.Empty(Checked.Paragraph("He said “the accusations had no basis in fact [@reuters-exports, ¶9].", Reuters9).Findings);
}
