using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>The catalogue of mistakes in sources, their seeds and cleanup rules, and in input/data/discrepancies.yml.</summary>
[Collection(CliCollection.Name)]
public sealed class SourceMistakeTests
{
    [Fact]
    public void A_missing_seed_file_is_reported_at_the_seed_key_with_the_nearest_file()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("seed: report.txt", "seed: reprot.txt"));
        Assert.Equal(["input/sources/report.md:2:7: EXP801 seed file seeds/reprot.txt does not exist (did you mean 'report.txt'?); seeds/ holds report.txt"], run.Lines);
    }

    [Fact]
    public void A_missing_seed_is_reported_once_not_at_every_citation_of_the_source()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("seed: report.txt", "seed: reprot.txt"));
        Assert.Equal(["EXP801"], run.Codes);
    }

    [Fact]
    public void An_empty_seed_file_is_reported_at_the_seed_key()
    {
        var run = FailedBuild.Of(Trees.Small, site => File.WriteAllText(Path.Combine(site.Root, "seeds/report.txt"), ""));
        run.Reports("input/sources/report.md:2:7: EXP801 seed file 'seeds/report.txt' cannot be used: it is empty");
    }

    [Fact]
    public void A_seed_outside_the_seeds_folder_is_refused()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("seed: report.txt", "seed: ../statiq.json"));
        run.Reports("input/sources/report.md:2:7: EXP209 'seed' is '../statiq.json', which is not allowed here", "the file in seeds/");
    }

    [Fact]
    public void A_stale_replace_rule_is_reported_at_the_rule()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("  footnote-markers: true\n",
            "  footnote-markers: true\n  replace:\n    - find: \"cameras watch\"\n      with: \"Cameras watch\"\n"));
        run.Reports("input/sources/report.md:12:7: EXP802 cleanup rule 'cleanup.replace[0]' matches nothing in seeds/report.txt", "fix its text or remove it");
    }

    [Fact]
    public void A_stale_drop_rule_is_reported_at_the_rule()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("    - starts-with: \"Photo:\"\n", "    - starts-with: \"Photo:\"\n    - \"Advertisement\"\n"));
        run.Reports("input/sources/report.md:10:7: EXP802 cleanup rule 'cleanup.drop[1]' matches nothing in seeds/report.txt");
    }

    [Fact]
    public void A_stale_heading_rule_is_reported_at_the_rule()
    {
        var run = FailedBuild.Of(SmallSite.Replacing("  footnote-markers: true\n", "  footnote-markers: true\n  headings: [\"Introduction\"]\n"));
        run.Reports("input/sources/report.md:11:14: EXP802 cleanup rule 'cleanup.headings[0]' matches nothing in seeds/report.txt");
    }

    [Fact]
    public void Discrepancy_claims_are_checked_against_the_sources_in_the_data_file()
    {
        var run = FailedBuild.Of(Discrepancies.TreeWith("""
            discrepancies:
              - id: start-year
                fact: "when it began"
                claims:
                  - { source: reprot, paragraph: 1, says: "in 1994" }
                  - { source: report, paragraph: 9, says: "now" }
            """));
        run.Reports("input/data/discrepancies.yml:5:19: EXP301 unknown source 'reprot'", "(did you mean 'report'?)");
        run.Reports("input/data/discrepancies.yml:6:38: EXP302 source 'report' has 4 paragraphs, so ¶9 does not exist");
    }

    [Fact]
    public void Discrepancy_data_mistakes_are_reported_in_the_data_file()
    {
        var run = FailedBuild.Of(Discrepancies.TreeWith("""
            discrepancies:
              - id: start-year
                fact: "when it began"
                claims:
                  - { source: report, paragraph: 1, says: "in 1994" }
                  - { source: report, paragraph: 2, says: "now" }
              - id: start-year
                fact: "again"
                colour: red
                claims:
                  - { source: report, paragraph: 1, says: "a" }
            """));
        run.Reports("input/data/discrepancies.yml:7:9: EXP209 the id 'start-year' is used twice");
        run.Reports("input/data/discrepancies.yml:9:5: EXP203 unknown key 'colour' in 'discrepancies[1]'");
        run.Reports("input/data/discrepancies.yml:11:7: EXP209 'discrepancies[1].claims' needs at least 2 items");
    }

    [Fact]
    public void Discrepancy_claim_problems_are_reported_only_in_the_data_file()
    {
        var run = FailedBuild.Of(Discrepancies.TreeWith("""
            discrepancies:
              - id: start-year
                fact: "when it began"
                claims:
                  - { source: reprot, paragraph: 1, says: "in 1994" }
                  - { source: report, paragraph: 9, says: "now" }
            """));
        Assert.All(run.Lines, line => Assert.StartsWith("input/data/discrepancies.yml:", line));
    }

    [Fact]
    public void A_citation_in_a_discrepancy_note_is_reported_at_its_source_id()
    {
        var run = FailedBuild.Of(Discrepancies.TreeWith("""
            discrepancies:
              - id: start-year
                fact: "when it began"
                claims:
                  - { source: report, paragraph: 1, says: "in 1994" }
                  - { source: report, paragraph: 2, says: "now" }
                note: "See [@report, ¶7]."
            """));
        run.Reports("input/data/discrepancies.yml:7:17: EXP302 source 'report' has 4 paragraphs, so ¶7 does not exist");
    }
}
