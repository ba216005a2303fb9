using Explainer.Output;
using Explainer.Pipeline;
using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>
/// A build never deletes a file it did not write. The output folder records what each build
/// wrote (<see cref="OutputManifest"/>); the next build replaces only that, keeps everything
/// else, and refuses a folder of someone else's files unless asked to adopt it.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class OutputOwnershipTests : IDisposable
{
    private readonly TestSite _site = TestSite.From(Trees.Small);
    private readonly string _documents = Directory.CreateTempSubdirectory("explainer-documents-").FullName;

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_documents, recursive: true);
    }

    private void FillDocuments()
    {
        File.WriteAllText(Path.Combine(_documents, "keep-me.txt"), "my notes\n");
        Directory.CreateDirectory(Path.Combine(_documents, "taxes"));
        File.WriteAllBytes(Path.Combine(_documents, "taxes", "2025.pdf"), [0x25, 0x50, 0x44, 0x46, 0x00, 0xff]);
    }

    [Fact]
    public void A_folder_of_someone_elses_files_is_refused_and_left_exactly_as_it_was()
    {
        FillDocuments();
        var before = OutputSnapshot.Of(_documents);

        var (exit, stdout, error) = CliRun.Run("build", "--root", _site.Root, "--output", _documents);

        Assert.Equal(1, exit);
        CliRun.AssertOnlyDiagnostics(error, stdout);
        var line = Assert.Single(CliRun.Lines(error));
        Assert.Equal($".:1:1: EXP905 the output folder {_documents} holds files no build wrote (such as keep-me.txt, taxes/2025.pdf); nothing was changed. Choose an empty or new folder, or pass --adopt-output to write the site among them", line);
        OutputSnapshot.AssertSame(before, OutputSnapshot.Of(_documents), "the documents folder changed");
        Assert.Empty(OutputSnapshot.StagingLeftBeside(_documents));
    }

    [Fact]
    public void Adopting_a_folder_keeps_its_files_and_later_builds_keep_them_too()
    {
        FillDocuments();
        var mine = OutputSnapshot.Of(_documents);

        Assert.Equal(0, CliRun.Run("build", "--root", _site.Root, "--output", _documents, "--adopt-output").Exit);
        Assert.True(File.Exists(Path.Combine(_documents, "topics", "at-home", "index.html")));
        AssertKept(mine, _documents);

        // The folder is now an output: a plain build may replace what it wrote, and still keeps the rest.
        _site.Write("input/topics/at-home.md", _site.ReadInput("input/topics/at-home.md").Replace("title: At home", "title: At home, revised"));
        var (exit, _, error) = CliRun.Run("build", "--root", _site.Root, "--output", _documents);
        Assert.True(exit == 0, error);
        Assert.Contains("At home, revised", File.ReadAllText(Path.Combine(_documents, "topics", "at-home", "index.html")));
        AssertKept(mine, _documents);
    }

    [Fact]
    public void Files_added_to_a_previous_output_are_kept_and_pages_the_site_dropped_are_removed()
    {
        _site.BuildOk();
        File.WriteAllText(Path.Combine(_site.Output, "CNAME"), "rights.example.org\n");
        Directory.CreateDirectory(Path.Combine(_site.Output, "assets", "mine"));
        File.WriteAllText(Path.Combine(_site.Output, "assets", "mine", "logo.txt"), "logo\n");
        Directory.CreateDirectory(Path.Combine(_site.Output, "empty-but-mine"));
        var mine = OutputSnapshot.Of(_site.Output).Where(f => f.Key is "CNAME" or "assets/mine/logo.txt").ToDictionary();

        File.Delete(Path.Combine(_site.Root, "input", "topics", "abroad.md"));
        _site.Write("input/topics/at-home.md", _site.ReadInput("input/topics/at-home.md").Replace("related: [abroad]\n", ""));
        _site.BuildOk();

        AssertKept(mine, _site.Output);
        Assert.True(Directory.Exists(Path.Combine(_site.Output, "empty-but-mine")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "topics", "abroad")), "a page the site no longer has was kept");
        var manifest = File.ReadAllLines(Path.Combine(_site.Output, OutputManifest.FileName));
        Assert.Contains("topics/at-home/index.html", manifest);
        Assert.DoesNotContain("CNAME", manifest);
    }

    [Fact]
    public void A_file_of_someone_else_where_the_site_would_write_is_refused_unless_adopted()
    {
        _site.BuildOk();
        var mine = Path.Combine(_site.Output, "topics", "later", "index.html");
        Directory.CreateDirectory(Path.GetDirectoryName(mine)!);
        File.WriteAllText(mine, "my own page\n");
        _site.Write("input/topics/later.md", "---\ntitle: Later\ndescription: A page added later.\n---\nText [@report, ¶1].\n");
        var before = OutputSnapshot.Of(_site.Output);

        var (exit, _, error) = CliRun.Run("build", "--root", _site.Root);

        Assert.Equal(1, exit);
        Assert.Equal($".:1:1: EXP905 {mine} was not written by a build, and this build would replace it; nothing was changed. Move it away, or pass --adopt-output to let the site replace it",
            Assert.Single(CliRun.Lines(error)));
        OutputSnapshot.AssertSame(before, OutputSnapshot.Of(_site.Output), "the output changed");
        Assert.Empty(OutputSnapshot.StagingLeftBeside(_site.Output));

        Assert.Equal(0, CliRun.Run("build", "--root", _site.Root, "--adopt-output").Exit);
        Assert.Contains("<h1", File.ReadAllText(mine));
    }

    [Fact]
    public void A_link_in_the_output_is_kept_as_a_link_and_what_it_points_to_is_never_touched()
    {
        _site.BuildOk();
        File.WriteAllText(Path.Combine(_documents, "precious.txt"), "precious\n");
        File.CreateSymbolicLink(Path.Combine(_site.Output, "photos"), _documents);
        var outside = OutputSnapshot.Of(_documents);

        _site.BuildOk();

        Assert.Equal(_documents, new DirectoryInfo(Path.Combine(_site.Output, "photos")).LinkTarget);
        OutputSnapshot.AssertSame(outside, OutputSnapshot.Of(_documents), "the folder the link points to changed");
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_refused()
    {
        var file = Path.Combine(_documents, "site.html");
        File.WriteAllText(file, "mine\n");

        var (exit, _, error) = CliRun.Run("build", "--root", _site.Root, "--output", file);

        Assert.Equal(1, exit);
        Assert.Equal($".:1:1: EXP903 the output folder {file} is a file; choose a folder", Assert.Single(CliRun.Lines(error)));
        Assert.Equal("mine\n", File.ReadAllText(file));
    }

    [Fact]
    public void An_empty_folder_is_used_as_it_is()
    {
        Assert.Equal(0, CliRun.Run("build", "--root", _site.Root, "--output", _documents).Exit);
        Assert.True(File.Exists(Path.Combine(_documents, OutputManifest.FileName)));
    }

    [Fact]
    public async Task Two_builds_at_once_into_one_output_leave_one_complete_site_and_the_users_files()
    {
        _site.BuildOk();
        var clean = OutputSnapshot.Of(_site.Output);
        File.WriteAllText(Path.Combine(_site.Output, "CNAME"), "rights.example.org\n");

        var builds = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _site.Build())));

        Assert.All(builds, build => Assert.True(build.Succeeded, string.Join('\n', build.Diagnostics)));
        var after = OutputSnapshot.Of(_site.Output);
        Assert.Equal("rights.example.org\n", File.ReadAllText(Path.Combine(_site.Output, "CNAME")));
        after.Remove("CNAME");
        OutputSnapshot.AssertSame(clean, after, "the site after concurrent builds differs from a clean build");
        Assert.Empty(OutputSnapshot.StagingLeftBeside(_site.Output));
    }

    [Fact]
    public void A_preview_session_keeps_the_record_of_what_it_wrote_in_step_with_the_pages()
    {
        var cache = new BuildCache();
        var session = BuildOptions.ForRoot(_site.Root) with { Parallelism = 2 };
        Assert.True(SiteBuilder.Build(session, cache).Succeeded);
        _site.Write("input/topics/later.md", "---\ntitle: Later\ndescription: A page added later.\n---\nText [@report, ¶1].\n");
        File.Delete(Path.Combine(_site.Root, "input", "topics", "abroad.md"));
        _site.Write("input/topics/at-home.md", _site.ReadInput("input/topics/at-home.md").Replace("related: [abroad]\n", ""));
        Assert.True(SiteBuilder.Build(session, cache).Succeeded);

        var manifest = File.ReadAllLines(Path.Combine(_site.Output, OutputManifest.FileName));
        Assert.Contains("topics/later/index.html", manifest);
        Assert.DoesNotContain("topics/abroad/index.html", manifest);
        var clean = BuildOptions.ForRoot(_site.Root, _documents) with { Parallelism = 2 };
        Assert.True(SiteBuilder.Build(clean).Succeeded);
        Assert.Equal(File.ReadAllLines(Path.Combine(_documents, OutputManifest.FileName)), manifest);
    }

    private static void AssertKept(IReadOnlyDictionary<string, string> mine, string folder)
    {
        var now = OutputSnapshot.Of(folder);
        foreach (var (path, hash) in mine)
            Assert.True(now.TryGetValue(path, out var current) && current == hash, $"{path} was removed or changed");
    }
}
