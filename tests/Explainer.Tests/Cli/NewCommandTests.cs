using Explainer.Tests.Support;

namespace Explainer.Tests.Cli;

/// <summary><c>new topic|term|source "Title"</c> writes a file that builds at once.</summary>
public sealed class NewCommandTests
{
    private static int Run(params string[] args) => Program.Run(args, TextWriter.Null, TextWriter.Null);

    [Fact]
    public void New_topic_term_and_source_build_at_once_and_a_topic_gets_the_next_order()
    {
        using var site = TestSite.From(Trees.Small + "\n-- seeds/a-new-report.txt --\nA paragraph of the new report.\n");
        Assert.Equal(0, Run("new", "topic", "What \"happens\" next", "--root", site.Root));
        Assert.Equal(0, Run("new", "term", "Smart glasses", "--root", site.Root));
        Assert.Equal(0, Run("new", "source", "A New Report", "--root", site.Root));

        var topic = File.ReadAllText(Path.Combine(site.Root, "input/topics/what-happens-next.md"));
        Assert.Contains("order: 3\n", topic);
        Assert.Contains("title: \"What \\\"happens\\\" next\"", topic);
        Assert.True(File.Exists(Path.Combine(site.Root, "input/glossary/smart-glasses.md")));
        Assert.Contains("seed: a-new-report.txt", File.ReadAllText(Path.Combine(site.Root, "input/sources/a-new-report.md")));

        site.BuildOk();
        Assert.True(site.Exists("topics/what-happens-next/index.html"));
        Assert.True(site.Exists("glossary/smart-glasses/index.html"));
        Assert.True(site.Exists("sources/a-new-report/index.html"));
    }

    [Fact]
    public void New_never_overwrites_and_a_source_needs_its_seed()
    {
        using var site = TestSite.From(Trees.Small);
        Assert.Equal(1, Run("new", "topic", "At home", "--root", site.Root));
        Assert.Equal(1, Run("new", "source", "No such document", "--root", site.Root));
        Assert.False(File.Exists(Path.Combine(site.Root, "input/sources/no-such-document.md")));
        Assert.NotEqual(0, Run("new", "chapter", "Wrong kind", "--root", site.Root));
    }
}
