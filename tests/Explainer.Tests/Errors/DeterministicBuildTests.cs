using Explainer.Pipeline;
using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>The same input always gives the same bytes, however many threads build it and in whichever order they finish.</summary>
public sealed class DeterministicBuildTests
{
    [Fact]
    public void Builds_of_a_large_site_are_byte_identical_whatever_the_parallelism()
    {
        var tree = ManyPages.Tree(300, terms: 30);
        using var first = TestSite.From(tree);
        using var second = TestSite.From(tree);
        using var serial = TestSite.From(tree);
        first.BuildOk(o => o with { Parallelism = 8 });
        second.BuildOk(o => o with { Parallelism = 8 });
        serial.BuildOk(o => o with { Parallelism = 1 });

        var expected = OutputSnapshot.Of(first.Output);
        Assert.True(expected.Count > 300, $"only {expected.Count} files");
        OutputSnapshot.AssertSame(expected, OutputSnapshot.Of(second.Output), "a second parallel build differs");
        OutputSnapshot.AssertSame(expected, OutputSnapshot.Of(serial.Output), "a serial build differs from a parallel one");
    }

    [Fact]
    public void A_rebuild_over_an_existing_output_is_byte_identical_to_a_clean_build()
    {
        var tree = ManyPages.Tree(120);
        using var site = TestSite.From(tree);
        site.BuildOk(o => o with { Parallelism = 8 });
        var clean = OutputSnapshot.Of(site.Output);
        site.BuildOk(o => o with { Parallelism = 8 });
        OutputSnapshot.AssertSame(clean, OutputSnapshot.Of(site.Output), "the rebuild differs");
        Assert.Empty(OutputSnapshot.StagingLeftBeside(site.Output));
    }
}
