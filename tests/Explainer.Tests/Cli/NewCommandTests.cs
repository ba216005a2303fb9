using Explainer.Tests.Support;

namespace Explainer.Tests.Cli;

/// <summary>
/// <c>new topic|term|source "Title"</c> writes a draft that previews at once, with placeholder text
/// that is an error once the page is published unchanged; <c>--id</c> names the file, and a source's
/// document is found as README says (<c>--seed</c>, else <c>seeds/ID.txt</c>).
/// </summary>
[Collection(CliCollection.Name)]
public sealed class NewCommandTests
{
    private static int Run(params string[] args) => Program.Run(args, TextWriter.Null, TextWriter.Null);

    [Fact]
    public void New_topic_term_and_source_are_drafts_that_build_with_drafts_and_a_topic_gets_the_next_order()
    {
        using var site = TestSite.From(Trees.Small + "\n-- seeds/a-new-report.txt --\nA paragraph of the new report.\n");
        var (exit, output, error) = CliRun.Run("new", "topic", "What \"happens\" next", "--root", site.Root);
        Assert.True(exit == 0, error);
        Assert.Equal("Created input/topics/what-happens-next.md, a draft: preview shows it, build leaves it out until you remove 'draft: true'.\n", output.ReplaceLineEndings("\n"));
        Assert.Equal(0, Run("new", "term", "Smart glasses", "--root", site.Root));
        Assert.Equal(0, Run("new", "source", "A New Report", "--root", site.Root));

        var topic = site.ReadInput("input/topics/what-happens-next.md");
        Assert.Contains("order: 3\n", topic);
        Assert.Contains("title: \"What \\\"happens\\\" next\"", topic);
        Assert.Contains("draft: true\n", topic);
        Assert.Contains("draft: true\n", site.ReadInput("input/glossary/smart-glasses.md"));
        Assert.Contains("seed: \"a-new-report.txt\"", site.ReadInput("input/sources/a-new-report.md"));

        var withDrafts = site.BuildOk(o => o with { Drafts = true });
        Assert.Empty(withDrafts.Diagnostics);
        Assert.True(site.Exists("topics/what-happens-next/index.html"));
        Assert.True(site.Exists("glossary/smart-glasses/index.html"));
        Assert.True(site.Exists("sources/a-new-report/index.html"));

        var published = site.BuildOk();
        Assert.Empty(published.Diagnostics);
        Assert.Equal(3, published.DraftsLeftOut);
        Assert.False(site.Exists("topics/what-happens-next/index.html"));
    }

    [Fact]
    public void Placeholder_text_left_in_a_page_that_is_no_longer_a_draft_is_an_error_where_it_is()
    {
        using var site = TestSite.From(Trees.Small);
        Assert.Equal(0, Run("new", "topic", "Next", "--root", site.Root));
        Assert.Equal(0, Run("new", "term", "Smart glasses", "--root", site.Root));
        foreach (var file in new[] { "input/topics/next.md", "input/glossary/smart-glasses.md" })
            site.Write(file, site.ReadInput(file).Replace("draft: true\n", ""));

        var (exit, _, error) = CliRun.Run("build", "--root", site.Root);
        Assert.Equal(1, exit);
        Assert.Equal([
            "input/glossary/smart-glasses.md:4:8: EXP214 'short' still holds the placeholder text 'new' wrote, and the page is no longer a draft; write your own text, or put back 'draft: true' until it is ready",
            "input/glossary/smart-glasses.md:8:1: EXP214 the body still holds the placeholder text 'new' wrote, and the page is no longer a draft; write your own text, or put back 'draft: true' until it is ready",
            "input/topics/next.md:3:14: EXP214 'description' still holds the placeholder text 'new' wrote, and the page is no longer a draft; write your own text, or put back 'draft: true' until it is ready",
            "input/topics/next.md:10:1: EXP214 the body still holds the placeholder text 'new' wrote, and the page is no longer a draft; write your own text, or put back 'draft: true' until it is ready",
        ], CliRun.Lines(error));
    }

    [Fact]
    public void Id_chooses_the_file_name_and_the_seed_defaults_to_the_id()
    {
        using var site = TestSite.From(Trees.Small + "\n-- seeds/rsf-2020.txt --\nA paragraph of the report.\n");
        Assert.Equal(0, Run("new", "source", "A Very Long Headline About Surveillance Exports In Twenty Countries", "--id", "rsf-2020", "--root", site.Root));
        Assert.Contains("seed: \"rsf-2020.txt\"", site.ReadInput("input/sources/rsf-2020.md"));
        Assert.Equal(0, Run("new", "topic", "A Long Title For A Short Page", "--id", "short", "--root", site.Root));
        Assert.True(File.Exists(Path.Combine(site.Root, "input/topics/short.md")));
    }

    [Fact]
    public void Seed_names_the_document_whatever_the_id()
    {
        using var site = TestSite.From(Trees.Small + "\n-- seeds/003_cd35e1306ba7598b.txt --\nA paragraph.\n");
        Assert.Equal(0, Run("new", "source", "Exports", "--id", "exports", "--seed", "003_cd35e1306ba7598b.txt", "--root", site.Root));
        Assert.Contains("seed: \"003_cd35e1306ba7598b.txt\"", site.ReadInput("input/sources/exports.md"));
        site.BuildOk(o => o with { Drafts = true });
        Assert.True(site.Exists("sources/exports/index.html"));
    }

    [Fact]
    public void A_missing_seed_lists_the_seeds_there_are_and_suggests_the_closest()
    {
        using var site = TestSite.From(Trees.Small + "\n-- seeds/rsf-2020.txt --\nA paragraph.\n");
        var (exit, _, error) = CliRun.Run("new", "source", "Press freedom", "--id", "rsf-2002", "--root", site.Root);
        Assert.Equal(1, exit);
        Assert.Equal(["seeds/rsf-2002.txt:1:1: EXP801 a source needs its document in seeds/ first: seeds/rsf-2002.txt does not exist (did you mean 'rsf-2020.txt'?); seeds/ holds report.txt, rsf-2020.txt; name the document with --seed"], CliRun.Lines(error));
        Assert.False(File.Exists(Path.Combine(site.Root, "input/sources/rsf-2002.md")));
    }

    [Fact]
    public void An_id_that_is_not_a_slug_is_refused_with_one_that_is()
    {
        using var site = TestSite.From(Trees.Small);
        var (exit, _, error) = CliRun.Run("new", "topic", "Next", "--id", "Next Part", "--root", site.Root);
        Assert.Equal(1, exit);
        Assert.Equal([".:1:1: EXP903 --id 'Next Part' cannot be a file name and URL; use lowercase letters, digits and hyphens, such as 'next-part'"], CliRun.Lines(error));
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
