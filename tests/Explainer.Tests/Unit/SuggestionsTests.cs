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

    [Theory]
    [InlineData("europe-asia", "europe-and-asia")]
    [InlineData("golden-shield", "golden-shield-project")]
    [InlineData("reuters", "reuters-exports")]
    [InlineData("surveillance-camera-network", "surveillance-camera")]
    [InlineData("asia", null)]
    [InlineData("the", null)]
    [InlineData("africa-asia", null)]
    public void A_name_with_a_word_left_out_or_added_is_suggested_but_one_shared_word_of_many_is_not(string name, string? expected) =>
        Assert.Equal(expected, Suggestions.Nearest(name, ["europe-and-asia", "golden-shield-project", "reuters-exports", "surveillance-camera", "the-model-at-home"]));
}
