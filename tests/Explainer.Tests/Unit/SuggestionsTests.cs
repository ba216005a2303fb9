using Explainer.Diagnostics;

namespace Explainer.Tests.Unit;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("Title", "title")]
    [InlineData("descripton", "description")]
    [InlineData("zzzzzz", null)]
    public void Suggests_the_nearest_name_when_it_is_close(string typo, string? expected) =>
        Assert.Equal(expected, Suggestions.Nearest(typo, ["title", "description", "order", "tags"]));
}
