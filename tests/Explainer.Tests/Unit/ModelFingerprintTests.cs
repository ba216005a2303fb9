using Explainer.IO;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Tests.Unit;

public sealed class ModelFingerprintTests
{
    private static string? Of(params (string Key, object? Value)[] model) =>
        ModelFingerprint.Of(model.Select(e => KeyValuePair.Create(e.Key, e.Value)));

    private sealed class Node
    {
        public Node? Next { get; set; }
    }

    [Fact]
    public void Equal_models_made_separately_have_the_same_fingerprint()
    {
        static (string, object?)[] Model() =>
        [
            ("Title", "At home"),
            ("Order", 3),
            ("Updated", new DateOnly(2020, 1, 2)),
            ("Previous", new LinkView("/topics/a/", "A", null)),
            ("Terms", new List<LinkView> { new("/glossary/x/", "X", "An x.") }),
            ("Html", Utf8Text.From("<p>Body</p>")),
        ];
        Assert.Equal(Of(Model()), Of(Model()));
    }

    [Fact]
    public void Any_change_a_template_could_show_changes_the_fingerprint()
    {
        var original = Of(("Terms", new List<LinkView> { new("/glossary/x/", "X", "An x.") }), ("Html", Utf8Text.From("<p>Body</p>")));
        Assert.NotEqual(original, Of(("Terms", new List<LinkView> { new("/glossary/x/", "X", "An X.") }), ("Html", Utf8Text.From("<p>Body</p>"))));
        Assert.NotEqual(original, Of(("Terms", new List<LinkView> { new("/glossary/x/", "X", "An x.") }), ("Html", Utf8Text.From("<p>Body.</p>"))));
        Assert.NotEqual(original, Of(("terms", new List<LinkView> { new("/glossary/x/", "X", "An x.") }), ("Html", Utf8Text.From("<p>Body</p>"))));
        Assert.NotEqual(Of(("A", 1)), Of(("A", "1")));
        Assert.NotEqual(Of(("A", true)), Of(("A", false)));
        Assert.NotEqual(Of(("A", null)), Of(("A", "")));
    }

    [Fact]
    public void Texts_are_told_apart_wherever_their_boundaries_fall()
    {
        Assert.NotEqual(Of(("A", new[] { "ab", "c" })), Of(("A", new[] { "a", "bc" })));
        Assert.NotEqual(Of(("Ab", "c")), Of(("A", "bc")));
    }

    [Fact]
    public void A_model_that_is_not_a_tree_of_views_has_no_fingerprint_and_no_endless_walk()
    {
        var loop = new Node();
        loop.Next = loop;
        Assert.Null(Of(("Loop", loop)));
    }
}
