using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>
/// "Did you mean" wherever a name can be wrong, in the editor's terms (slugs, ids, the link to
/// write), for the slips editors make: a letter wrong, and a word left out or added, which is many
/// letters away but plainly meant ("europe-asia" for "europe-and-asia").
/// </summary>
[Collection(CliCollection.Name)]
public sealed class SuggestionTests
{
    // A third topic and a third term whose slugs have several words.
    private static readonly string Tree = Trees.Small + """

        -- input/topics/europe-and-asia.md --
        ---
        title: Europe and Asia
        description: Where else.
        tags: [cameras]
        ---
        Cameras now watch most streets [@report, ¶2].
        -- input/glossary/golden-shield-project-phase-two.md --
        ---
        term: Golden Shield Project, phase two
        short: The second phase.
        ---
        The project began in 1994 [@report, ¶1].
        """;

    private static FailedBuild Build(string from, string to) => FailedBuild.Of(Tree.Replace(from, to, StringComparison.Ordinal));

    [Fact]
    public void A_related_topic_with_a_word_left_out_suggests_the_topic()
    {
        var run = Build("related: [abroad]", "related: [europe-asia]");
        Assert.Equal(["input/topics/at-home.md:7:11: EXP210 related topic 'europe-asia' does not exist (did you mean 'europe-and-asia'?)"], run.Lines);
    }

    [Fact]
    public void A_related_term_with_a_word_left_out_suggests_the_term()
    {
        var run = Build("related: [golden-shield]", "related: [golden-shield-phase-two]");
        Assert.Equal(["input/glossary/surveillance-camera.md:5:11: EXP210 related term 'golden-shield-phase-two' does not exist (did you mean 'golden-shield-project-phase-two'?)"], run.Lines);
    }

    [Fact]
    public void A_term_link_with_a_word_added_suggests_the_term()
    {
        var run = Build("Critics say the cameras", "Critics say the [[surveillance-camera-network]]");
        Assert.Equal(["input/topics/abroad.md:7:17: EXP401 unknown glossary term 'surveillance-camera-network' (did you mean 'surveillance-camera'?); terms are the files in input/glossary/"], run.Lines);
    }

    [Fact]
    public void A_citation_of_a_source_id_with_a_word_added_suggests_the_source()
    {
        var run = Build("dissent [@report, ¶3]", "dissent [@report-2019, ¶3]");
        Assert.Equal(["input/topics/abroad.md:7:41: EXP301 unknown source 'report-2019' (did you mean 'report'?); sources are the files in input/sources/"], run.Lines);
    }

    [Fact]
    public void A_discrepancy_id_with_a_word_left_out_suggests_the_discrepancy_in_a_shortcode_and_in_the_timeline()
    {
        var run = FailedBuild.Of(Discrepancies.Tree.Replace("id: start-year", "id: project-start-year")
            + "\n-- input/topics/notes.md --\n---\ntitle: Notes\ndescription: x\n---\n{{< discrepancy project-year >}}\n"
            + "\n-- input/data/timeline.yml --\nevents:\n  - id: a\n    date: [1994, 2000]\n    discrepancy: start-year\n    text: \"It began [@report, ¶1].\"\n    topics: [at-home]\n");
        Assert.Equal([
            "input/data/timeline.yml:4:18: EXP803 unknown discrepancy 'start-year' (did you mean 'project-start-year'?); discrepancies are listed in input/data/discrepancies.yml",
            "input/topics/notes.md:5:1: EXP803 unknown discrepancy 'project-year' (did you mean 'project-start-year'?); discrepancies are listed in input/data/discrepancies.yml",
        ], run.Lines);
    }

    [Fact]
    public void A_timeline_topic_with_a_word_left_out_suggests_the_topic()
    {
        var run = FailedBuild.Of(Tree + "\n-- input/data/timeline.yml --\nevents:\n  - id: a\n    date: 2019\n    text: \"It happened [@report, ¶1].\"\n    topics: [europe-asia]\n");
        Assert.Equal(["input/data/timeline.yml:5:14: EXP210 topic 'europe-asia' does not exist (did you mean 'europe-and-asia'?)"], run.Lines);
    }

    [Fact]
    public void A_tag_that_is_not_a_slug_suggests_the_slug()
    {
        var run = Build("tags: [cameras]\nrelated", "tags: [Street Cameras]\nrelated");
        Assert.Equal(["input/topics/at-home.md:6:8: EXP209 'tags[0]' is 'Street Cameras', which is not allowed here (lowercase words joined by hyphens) (did you mean 'street-cameras'?)"], run.Lines);
    }

    [Fact]
    public void A_tag_only_one_page_has_that_is_a_slip_from_a_shared_tag_is_a_warning_naming_the_shared_one()
    {
        using var site = TestSite.From(Tree.Replace("order: 2\n", "order: 2\ntags: [camreas]\n", StringComparison.Ordinal));
        var result = site.BuildOk();
        Assert.Equal(["input/topics/abroad.md:5:8: EXP215 warning: no other page has the tag 'camreas' (did you mean 'cameras', which 2 pages have?)"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_new_tag_that_is_another_word_is_not_taken_for_a_slip()
    {
        using var site = TestSite.From(Tree.Replace("order: 2\n", "order: 2\ntags: [loans, camera-makers]\n", StringComparison.Ordinal));
        Assert.Empty(site.BuildOk().Diagnostics);
    }
}
