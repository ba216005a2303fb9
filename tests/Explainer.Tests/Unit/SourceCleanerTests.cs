using Explainer.Model;

namespace Explainer.Tests.Unit;

public sealed class SourceCleanerTests
{
    private const string Seed = "Title line\r\n\r\nSkip to main content\nDonate Now\n\nFirst para ends in the city.1 Many cameras.\n\n  Section  \n\nSince 2015. 6 \n\nCounted China.8 9 10 New systems.\n\nPrices fell to 4.5 Billion and U.S. 28 companies.\n";

    private static readonly CleanupRules Rules = new()
    {
        Drop = [new DropRule("Title line", false, "drop[0]"), new DropRule("Skip to main", true, "drop[1]")],
        Headings = [new TextRule("Section", "headings[0]")],
        FootnoteMarkers = true,
    };

    [Fact]
    public void Drops_chrome_marks_headings_and_numbers_the_rest()
    {
        var cleaned = SourceCleaner.Clean(Seed, Rules);
        Assert.Equal([(1, "First para ends in the city. Many cameras."), (0, "Section"), (2, "Since 2015."), (3, "Counted China. New systems.")],
            cleaned.Blocks.Take(4).Select(b => (b.Number, b.Text)));
        Assert.Empty(cleaned.UnusedRules);
    }

    [Fact]
    public void Footnote_removal_leaves_numbers_that_are_part_of_the_text()
    {
        var last = SourceCleaner.Clean(Seed, Rules).Blocks[^1];
        Assert.Equal("Prices fell to 4.5 Billion and U.S. 28 companies.", last.Text);
    }

    [Fact]
    public void A_rule_that_matches_nothing_is_reported_by_its_key_path()
    {
        var rules = Rules with { Drop = [.. Rules.Drop, new DropRule("Not in the seed", false, "cleanup.drop[2]")] };
        Assert.Equal(["cleanup.drop[2]"], SourceCleaner.Clean(Seed, rules).UnusedRules);
    }

    [Fact]
    public void Suspected_footnote_artefacts_are_reported_when_markers_are_not_removed()
    {
        var cleaned = SourceCleaner.Clean("The city.12 Next.\n\nUighurs16 provides.\n", CleanupRules.None);
        Assert.Equal(["y.12", "s16"], cleaned.SuspectedArtefacts);
    }

    [Fact]
    public void Replace_rules_correct_exact_text()
    {
        var rules = new CleanupRules { Replace = [new ReplaceRule("BrazilEcuador", "Brazil, Ecuador", "replace[0]")] };
        Assert.Equal("sold to Brazil, Ecuador and Britain.", SourceCleaner.Clean("sold to BrazilEcuador and Britain.", rules).Blocks[0].Text);
    }
}
