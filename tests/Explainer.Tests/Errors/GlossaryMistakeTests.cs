using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>The catalogue of glossary, related-page and shortcode mistakes.</summary>
[Collection(CliCollection.Name)]
public sealed class GlossaryMistakeTests
{
    private const string Head = "---\ntitle: Bad\ndescription: x\n---\n";

    private static int Column(string line, string marker) => line.IndexOf(marker, StringComparison.Ordinal) + 1;

    [Fact]
    public void Unknown_term_reference_suggests_the_nearest_slug()
    {
        const string body = "It is part of [[golden-sheild]].";
        var run = FailedBuild.Of(SmallSite.With("input/topics/bad.md", Head + body));
        run.Reports($"input/topics/bad.md:5:{Column(body, "[[")}: EXP401 unknown glossary term 'golden-sheild'", "(did you mean 'golden-shield'?)");
    }

    [Fact]
    public void Unknown_term_reference_with_its_own_text_is_reported_at_the_link()
    {
        const string body = "It is part of [the shield][[shield]].";
        var run = FailedBuild.Of(SmallSite.With("input/topics/bad.md", Head + body));
        run.Reports($"input/topics/bad.md:5:{Column(body, "[the")}: EXP401 unknown glossary term 'shield'", "terms are the files in input/glossary/");
    }

    [Fact]
    public void A_term_reference_that_is_not_a_slug_says_what_a_slug_is()
    {
        const string body = "It is part of [[Golden Shield]].";
        var run = FailedBuild.Of(SmallSite.With("input/topics/bad.md", Head + body));
        run.Reports($"input/topics/bad.md:5:{Column(body, "[[")}: EXP401 'Golden Shield' is not a glossary slug", "lowercase letters, digits and hyphens");
    }

    [Fact]
    public void An_alias_claimed_by_two_terms_is_reported_at_the_second_claim()
    {
        var run = FailedBuild.Of(SmallSite.With("input/glossary/video-surveillance.md",
            "---\nterm: video surveillance\naliases: [monitoring, CCTV]\nshort: Watching places through cameras.\n---\nBody."));
        run.Reports("input/glossary/video-surveillance.md:3:23: EXP402 'CCTV' is already a name of the term 'surveillance-camera'", "a name may link to one term only");
    }

    [Fact]
    public void A_term_named_like_another_terms_alias_is_reported_at_its_name()
    {
        var run = FailedBuild.Of(SmallSite.With("input/glossary/video-surveillance.md",
            "---\nterm: cameras\nshort: Watching places through cameras.\n---\nBody."));
        run.Reports("input/glossary/video-surveillance.md:2:7: EXP402 'cameras' is already a name of the term 'surveillance-camera'");
    }

    [Fact]
    public void Unknown_related_topic_suggests_the_nearest_topic()
    {
        var run = FailedBuild.Of(SmallSite.With("input/topics/bad.md", "---\ntitle: Bad\ndescription: x\nrelated: [abroad, at-hom]\n---\nBody."));
        run.Reports("input/topics/bad.md:4:19: EXP210 related topic 'at-hom' does not exist", "(did you mean 'at-home'?)");
    }

    [Fact]
    public void Unknown_related_term_suggests_the_nearest_term()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("related: [golden-shield]", "related: [golden-shied]"));
        run.Reports("input/glossary/surveillance-camera.md:5:11: EXP210 related term 'golden-shied' does not exist", "(did you mean 'golden-shield'?)");
    }

    [Fact]
    public void Unknown_discrepancy_in_the_shortcode_suggests_the_nearest_id()
    {
        var run = FailedBuild.Of(Discrepancies.Tree + "\n-- input/topics/bad.md --\n" + Head + "Intro.\n\n{{< discrepancy start-yaer >}}");
        run.Reports("input/topics/bad.md:7:1: EXP803 unknown discrepancy 'start-yaer'", "(did you mean 'start-year'?)");
    }

    [Fact]
    public void Unknown_shortcode_suggests_the_known_one()
    {
        var run = FailedBuild.Of(Discrepancies.Tree + "\n-- input/topics/bad.md --\n" + Head + "Intro.\n\n{{< discrepency start-year >}}");
        run.Reports("input/topics/bad.md:7:1: EXP804 unknown shortcode 'discrepency'", "(did you mean 'discrepancy'?)");
    }
}
