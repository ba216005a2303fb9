using Explainer.Checks;

namespace Explainer.Tests.Checks;

/// <summary>The figure scanner's regular expression is written out for the source generator; it must list exactly the number words the reader knows.</summary>
public sealed class NumberWordPatternTests
{
    [Fact]
    public void The_pattern_lists_every_number_word_longest_first_and_nothing_else()
    {
        var listed = FigureScanner.Word["(?<word>".Length..^1].Split('|');

        Assert.Equal(NumberWords.All.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(listed.OrderByDescending(w => w.Length).Select(w => w.Length), listed.Select(w => w.Length));
    }
}
