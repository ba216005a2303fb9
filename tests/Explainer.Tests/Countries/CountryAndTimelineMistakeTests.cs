using Explainer.Tests.Support;

namespace Explainer.Tests.Countries;

/// <summary>The catalogue of mistakes in country and timeline data: each at its line and column, with the fix.</summary>
[Collection(CliCollection.Name)]
public sealed class CountryAndTimelineMistakeTests
{
    private static FailedBuild Timeline(string events) => FailedBuild.Of(SmallSite.With("input/data/timeline.yml", "events:\n" + events));

    [Fact]
    public void An_unknown_country_in_a_topic_suggests_the_nearest_name()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("order: 2\n", "order: 2\ncountries: [Kenia]\n"));
        Assert.Equal(["input/topics/abroad.md:5:13: EXP806 no country is called 'Kenia' (did you mean 'Kenya'?); use its English name or add the name as an alias in input/data/countries.yml"], run.Lines);
    }

    [Fact]
    public void A_summary_of_an_unknown_code_is_refused_at_its_code()
    {
        var run = FailedBuild.Of(SmallSite.With("input/countries/kenya.md", "---\ncountry: KX\ndescription: Kenya.\n---\nText [@report, ¶1].\n"));
        Assert.Equal(["input/countries/kenya.md:2:10: EXP806 'KX' is not an ISO 3166-1 alpha-2 code (did you mean 'AX'?)"], run.Lines);
    }

    [Fact]
    public void A_summary_under_another_name_says_what_to_call_it()
    {
        var run = FailedBuild.Of(SmallSite.With("input/countries/britain.md", "---\ncountry: GB\ndescription: Britain.\n---\nText [@report, ¶1].\n"));
        Assert.Equal(["input/countries/britain.md:2:10: EXP806 the summary of United Kingdom (GB) must be called input/countries/united-kingdom.md, the country's page address"], run.Lines);
    }

    [Fact]
    public void An_alias_for_an_unknown_code_is_refused_at_its_names()
    {
        var run = FailedBuild.Of(SmallSite.With("input/data/countries.yml", "aliases:\n  GB: [Britain]\n  UK: [Blighty]\n"));
        Assert.Equal(["input/data/countries.yml:3:7: EXP806 'UK' is not an ISO 3166-1 alpha-2 code (did you mean 'CK'?); write countries by code, e.g. GB: [Britain]"], run.Lines);
    }

    [Fact]
    public void A_timeline_event_citing_a_missing_paragraph_is_reported_in_the_data_file()
    {
        var run = Timeline("  - id: a\n    date: 2019\n    text: \"It happened [@report, ¶9].\"\n    topics: [at-home]\n");
        Assert.Equal(["input/data/timeline.yml:4:25: EXP302 source 'report' has 4 paragraphs, so ¶9 does not exist"], run.Lines);
    }

    [Fact]
    public void A_timeline_event_naming_a_missing_topic_suggests_the_nearest()
    {
        var run = Timeline("  - id: a\n    date: 2019\n    text: \"It happened [@report, ¶1].\"\n    topics: [at-hom]\n");
        Assert.Equal(["input/data/timeline.yml:5:14: EXP210 topic 'at-hom' does not exist (did you mean 'at-home'?)"], run.Lines);
    }

    [Fact]
    public void Disagreeing_dates_without_their_discrepancy_are_refused_at_the_dates()
    {
        var run = Timeline("  - id: a\n    date: [1994, 2000]\n    text: \"It happened [@report, ¶1].\"\n    topics: [at-home]\n");
        Assert.Equal(["input/data/timeline.yml:3:11: EXP209 a list of dates means the sources disagree; name the discrepancy that says so (discrepancy: ID)"], run.Lines);
    }

    [Fact]
    public void A_date_that_is_not_a_date_says_which_forms_to_use()
    {
        var run = Timeline("  - id: a\n    date: early 2017\n    text: \"It happened [@report, ¶1].\"\n    topics: [at-home]\n");
        Assert.Equal(["input/data/timeline.yml:3:11: EXP205 'events[0].date' is 'early 2017', which is not a valid date; write YYYY, YYYY-MM or YYYY-MM-DD"], run.Lines);
    }

    [Fact]
    public void An_unknown_discrepancy_suggests_the_known_ones()
    {
        var run = Timeline("  - id: a\n    date: 2019\n    discrepancy: project\n    text: \"It happened [@report, ¶1].\"\n    topics: [at-home]\n");
        Assert.Equal(["input/data/timeline.yml:4:18: EXP803 unknown discrepancy 'project'; discrepancies are listed in input/data/discrepancies.yml"], run.Lines);
    }

    [Fact]
    public void Two_events_with_one_id_are_refused_at_the_second()
    {
        var run = Timeline("  - id: a\n    date: 2019\n    text: \"It happened [@report, ¶1].\"\n    topics: [at-home]\n  - id: a\n    date: 2020\n    text: \"Again [@report, ¶2].\"\n    topics: [at-home]\n");
        Assert.Equal(["input/data/timeline.yml:6:9: EXP209 the id 'a' is used by another event"], run.Lines);
    }
}
