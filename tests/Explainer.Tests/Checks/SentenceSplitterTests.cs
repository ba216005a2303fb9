using Explainer.Checks;

namespace Explainer.Tests.Checks;

public sealed class SentenceSplitterTests
{
    private static List<string> Sentences(string text) => SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToList();

    [Fact]
    public void Sentences_end_at_a_full_stop_question_or_exclamation_mark_before_a_capital() =>
        Assert.Equal(["Is it new?", "No!", "It is old.", "2017 was the year."], Sentences("Is it new? No! It is old. 2017 was the year."));

    [Theory]
    [InlineData("Its financier is the U.S. government. It says so.", "Its financier is the U.S. government.")]
    [InlineData("The U.S. Democratic Congressman spoke. It says so.", "The U.S. Democratic Congressman spoke.")]
    [InlineData("Some tools, e.g. cameras, are sold. It says so.", "Some tools, e.g. cameras, are sold.")]
    [InlineData("Dr. Shahbaz wrote it. It says so.", "Dr. Shahbaz wrote it.")]
    [InlineData("Romaniuk holds a Ph.D. in International Studies. It says so.", "Romaniuk holds a Ph.D. in International Studies.")]
    [InlineData("It is by Scott N. Romaniuk and Tobias Burgers. It says so.", "It is by Scott N. Romaniuk and Tobias Burgers.")]
    [InlineData("SenseTime is worth $4.5 billion. It says so.", "SenseTime is worth $4.5 billion.")]
    public void Abbreviations_initials_and_decimals_do_not_end_a_sentence(string text, string first) =>
        Assert.Equal([first, "It says so."], Sentences(text));

    [Fact]
    public void A_quotation_may_end_a_sentence_with_its_full_stop_inside_or_outside() =>
        Assert.Equal(["It aims to “build a fortress city.”", "Its aim is to “predict risks”.", "So it says."],
            Sentences("It aims to “build a fortress city.” Its aim is to “predict risks”. So it says."));

    [Fact]
    public void A_quotation_of_several_sentences_stays_in_the_sentence_that_quotes_it() =>
        Assert.Equal(["He said “It is over. The health of democracies depends on it.”", "Then he left."],
            Sentences("He said “It is over. The health of democracies depends on it.” Then he left."));

    [Fact]
    public void A_full_stop_before_a_lower_case_word_does_not_end_a_sentence() =>
        Assert.Equal(["“Is it over?” he asked, and left."], Sentences("“Is it over?” he asked, and left."));

    [Theory]
    [InlineData("It gives 36. It gives 65.", 12)]
    [InlineData("It gives 36. It gives 65.", 13)]
    [InlineData("It gives 36.", 11)]
    public void A_citation_belongs_to_the_sentence_it_ends_whether_before_or_after_the_full_stop(string text, int offset)
    {
        var cited = new CitedText("x ¶1", "36");
        var sentences = CitedSentence.Of(new ProseParagraph(text, [new ProseCitation(offset, [cited])]));
        Assert.Equal([cited], sentences[0].Cites);
        Assert.All(sentences.Skip(1), s => Assert.Empty(s.Cites));
    }
}
