using System.Reflection;
using Explainer.Content;
using Explainer.Pipeline;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

/// <summary>Metadata keys carry their type, and what editors wrote is one typed record per kind of page.</summary>
public sealed class MetadataTests
{
    [Fact]
    public void A_value_comes_back_with_the_type_its_key_declares()
    {
        var metadata = Metadata.Empty.With(Keys.BodyLine, 7).With(Keys.Kind, "topic").With(Keys.IsHtml, true);

        Assert.Equal(7, metadata.Get(Keys.BodyLine));
        Assert.Equal("topic", metadata.Get(Keys.Kind));
        Assert.True(metadata.Get(Keys.IsHtml));
    }

    [Fact]
    public void An_absent_key_reads_as_its_types_default_and_null_removes_a_key()
    {
        var metadata = Metadata.Empty.With(Keys.Kind, "topic").With(Keys.Kind, null);

        Assert.Null(metadata.Get(Keys.Kind));
        Assert.Equal(0, metadata.Get(Keys.BodyLine));
        Assert.False(metadata.Has(Keys.Kind));
    }

    [Fact]
    public void Keys_are_told_apart_by_identity_not_by_spelling()
    {
        var lookalike = new Key<string>("Kind");
        var metadata = Metadata.Empty.With(Keys.Kind, "topic");

        Assert.Null(metadata.Get(lookalike));
    }

    [Fact]
    public void Every_key_is_typed_and_named_once()
    {
        var keys = typeof(Keys).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.GetValue(null)).ToList();

        Assert.All(keys, key => Assert.True(key is Key { ValueType: not null } && key.GetType().IsGenericType, $"{key} is not a Key<T>"));
        Assert.Equal(keys.Count, keys.Cast<Key>().Select(k => k.Name).Distinct().Count());
    }

    [Fact]
    public void Frontmatter_is_read_into_the_kinds_typed_record_and_editors_own_keys_reach_templates_under_params()
    {
        using var site = TestSite.From(SmallSite.Replacing("order: 2\n", "order: 2\nlayout: banner\nparams:\n  banner: \"Spring <edition>\"\n  issue: 4\n"));
        site.Write("theme/layouts/banner.sbn", "<p class=\"banner\">{{ page.params.banner }} (issue {{ page.params.issue }}), part {{ page.position }}</p>\n");

        site.BuildOk();

        Assert.Equal("<p class=\"banner\">Spring &lt;edition&gt; (issue 4), part 2</p>\n", site.Read("topics/abroad/index.html"));
    }
}
