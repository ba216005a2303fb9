using System.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>
/// Nothing outside the site folder is ever read: a symbolic link under input/, seeds/ or theme/
/// (or statiq.json itself) whose target leaves the site is refused, naming the link and where it
/// points, and what it points at never reaches the output. Links that stay inside keep working.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class LinkOutsideSiteTests : IDisposable
{
    private const string Secret = "---\ntitle: BEGIN PRIVATE KEY\ndescription: leaked\n---\nBEGIN PRIVATE KEY secret-material\n";

    private readonly TestSite _site = TestSite.From(Trees.Small);
    private readonly string _outside = Directory.CreateTempSubdirectory("explainer-outside-").FullName;

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private string OutsideFile(string name, string content = Secret)
    {
        var path = Path.Combine(_outside, name);
        File.WriteAllText(path, content);
        return path;
    }

    private void Link(string relativePath, string target)
    {
        var path = Path.Combine(_site.Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (File.Exists(path)) File.Delete(path);
        File.CreateSymbolicLink(path, target);
    }

    private (int Exit, List<string> Errors) Build()
    {
        var (exit, stdout, error) = CliRun.Run("build", "--root", _site.Root);
        CliRun.AssertOnlyDiagnostics(error, stdout);
        return (exit, CliRun.Lines(error));
    }

    private void AssertNothingLeaked()
    {
        if (!Directory.Exists(_site.Output)) return;
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories))
            Assert.DoesNotContain("secret-material", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("input/topics/leak.md", "file")]
    [InlineData("input/notes.md", "file")]
    [InlineData("input/images/key.pem", "file")]
    [InlineData("seeds/report.txt", "file")]
    [InlineData("theme/assets/leak.css", "file")]
    [InlineData("theme/layouts/page.sbn", "file")]
    [InlineData("input/data/discrepancies.yml", "file")]
    [InlineData("statiq.json", "file")]
    public void A_link_to_a_file_outside_the_site_is_refused_at_the_link(string link, string kind)
    {
        _site.BuildOk();
        var previous = OutputSnapshot.Of(_site.Output);
        var target = OutsideFile("id_rsa");
        Link(link, target);

        var (exit, errors) = Build();

        Assert.Equal(1, exit);
        Assert.Contains($"{link}:1:1: EXP212 this {kind} is a symbolic link to {target}, outside the site, and is not read; copy what you need into the site, or remove the link", errors);
        OutputSnapshot.AssertSame(previous, OutputSnapshot.Of(_site.Output), "a failed build changed the output");
        AssertNothingLeaked();
    }

    [Fact]
    public void A_link_to_a_folder_outside_the_site_is_refused_and_not_read()
    {
        OutsideFile("leak.md");
        Link("input/topics/private", _outside);

        var (exit, errors) = Build();

        Assert.Equal(1, exit);
        Assert.Equal([$"input/topics/private:1:1: EXP212 this folder is a symbolic link to {_outside}, outside the site, and is not read; copy what you need into the site, or remove the link"], errors);
        AssertNothingLeaked();
    }

    [Fact]
    public void A_chain_of_links_that_ends_outside_is_refused_at_the_first_link()
    {
        var target = OutsideFile("secret.md");
        Link("input/hop.md~", target); // ignored as an editor's backup file, but still a hop on the way out
        Link("input/topics/leak.md", Path.Combine(_site.Root, "input", "hop.md~"));

        var (exit, errors) = Build();

        Assert.Equal(1, exit);
        Assert.Equal([$"input/topics/leak.md:1:1: EXP212 this file is a symbolic link to {target}, outside the site, and is not read; copy what you need into the site, or remove the link"], errors);
        AssertNothingLeaked();
    }

    [Fact]
    public void Links_that_stay_inside_the_site_keep_working()
    {
        _site.Write("shared/extra.md", "---\ntitle: Extra\ndescription: Shared text.\n---\nShared text [@report, ¶1].\n");
        Link("input/topics/extra.md", Path.Combine(_site.Root, "shared", "extra.md"));
        _site.Write("shared/images/map.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
        Link("input/images", "../shared/images"); // a relative link to a folder inside the site

        var (exit, errors) = Build();

        Assert.True(exit == 0, string.Join('\n', errors));
        Assert.Contains("Shared text", _site.Read("topics/extra/index.html"));
        Assert.True(_site.Exists("images/map.svg"));
    }

    [Fact]
    public void A_loop_of_links_inside_the_site_ends()
    {
        Link("input/topics/again", Path.Combine(_site.Root, "input"));

        var clock = Stopwatch.StartNew();
        var (exit, errors) = Build();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal(0, exit);
        Assert.Empty(errors); // no EXP212 for a loop that stays inside, and no other complaint either
    }

    [Fact]
    public void A_content_folder_given_with_input_may_live_outside_the_site()
    {
        var content = Directory.CreateDirectory(Path.Combine(_outside, "content")).FullName;
        TestSite.CopyFolder(Path.Combine(_site.Root, "input"), content);

        var (exit, stdout, error) = CliRun.Run("build", "--root", _site.Root, "--input", content);

        Assert.True(exit == 0, error + stdout);
        Assert.True(_site.Exists("topics/at-home/index.html"));
    }

    [Fact]
    public void A_named_pipe_in_the_content_folder_does_not_hang_the_build()
    {
        var pipe = Path.Combine(_site.Root, "input", "topics", "pipe.md");
        using (var mkfifo = Process.Start("mkfifo", pipe)) mkfifo.WaitForExit();

        var clock = Stopwatch.StartNew();
        var (exit, errors) = Build();

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal(1, exit);
        // A pipe reports size zero and is never opened (TextFile), so it reads as an empty page.
        Assert.Equal(["input/topics/pipe.md:1:1: EXP207 the file is empty; write the page or delete the file"], errors);
    }
}
