using System.Diagnostics;
using Explainer.Pipeline;
using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>
/// The output folder is replaced in one step or not at all: a build killed at any moment leaves
/// the previous site exactly as it was, and the next build cleans up after the killed one.
/// </summary>
public sealed class AtomicOutputTests(ITestOutputHelper log)
{
    [Fact]
    public void A_build_killed_at_any_moment_leaves_the_previous_site_intact()
    {
        // The kill moments are jittered from the fuzz seed, so a failure can be replayed like a fuzz failure.
        var seed = FuzzSettings.Seed;
        var random = new Random(seed);
        using var site = TestSite.From(ManyPages.Tree(2000));
        var clock = Stopwatch.StartNew();
        site.BuildOk();
        var buildTime = clock.Elapsed;
        var previous = OutputSnapshot.Of(site.Output);
        Assert.True(previous.Count > 2000, $"only {previous.Count} files were built");

        // A finished build would now differ from the previous one, so a half-published site cannot pass for it.
        site.Write("input/topics/topic-0000.md", "---\ntitle: Topic zero, revised\ndescription: Changed.\n---\n## Part 0\n\nNew text [@report, ¶1].\n");
        // Early kills at fixed moments (while the build is surely running), then late ones around the swap.
        var delays = new[] { 50, 150, 300, 600, 1000, 1500 }.Select(ms => TimeSpan.FromMilliseconds(ms + random.Next(50)))
            .Where(delay => delay < buildTime * 0.8)
            .Concat([buildTime * 0.8, buildTime * 1.2])
            .ToList();

        var observed = new List<(TimeSpan Delay, bool Killed, SortedDictionary<string, string> Output)>();
        var leftStaging = false;
        foreach (var delay in delays)
        {
            using var build = ExplainerProcess.Start("build", "--root", site.Root);
            Thread.Sleep(delay);
            var killed = !build.Process.HasExited;
            if (killed) build.Process.Kill(entireProcessTree: true);
            build.Process.WaitForExit();
            Assert.True(killed || build.Process.ExitCode == 0, $"the build exited with {build.Process.ExitCode} before it was killed:\n{build.Error}");
            observed.Add((delay, killed, OutputSnapshot.Of(site.Output)));
            leftStaging |= killed && OutputSnapshot.StagingLeftBeside(site.Output).Count > 0;
            log.WriteLine($"after {delay.TotalMilliseconds:0} ms: {(killed ? "killed" : "finished")}, staging folders: {string.Join(", ", OutputSnapshot.StagingLeftBeside(site.Output))}");
            if (!killed) break;
        }
        Assert.True(observed.Count(o => o.Killed) >= 3, $"seed {seed}: only {observed.Count(o => o.Killed)} builds were killed");
        Assert.True(leftStaging, "no killed build left a staging folder, so the clean-up was not tested");

        site.BuildOk();
        Assert.Empty(OutputSnapshot.StagingLeftBeside(site.Output));
        var next = OutputSnapshot.Of(site.Output);
        Assert.NotEqual(previous["topics/topic-0000/index.html"], next["topics/topic-0000/index.html"]);
        foreach (var (delay, killed, output) in observed)
        {
            // A kill before the swap leaves the previous site; a build that got past it published the whole new one.
            var expected = killed && !output.SequenceEqual(next) ? previous : next;
            OutputSnapshot.AssertSame(expected, output, $"seed {seed}: output/ after a kill at {delay.TotalMilliseconds:0} ms");
        }
    }

    [Fact]
    public void A_build_writes_nothing_beside_the_site_but_its_output_folder()
    {
        using var site = TestSite.From(SmallSite.Replacing("order: 2\n", "order: 2\naliases: [/old/abroad/]\n"));
        var before = OutputSnapshot.Of(site.Root);
        var entries = Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).ToHashSet();

        site.BuildOk();

        var after = OutputSnapshot.Of(site.Root);
        OutputSnapshot.AssertSame(before, new SortedDictionary<string, string>(after.Where(f => !f.Key.StartsWith("output/", StringComparison.Ordinal)).ToDictionary()), "files beside output/ changed");
        Assert.Equal(entries.Append("output").Order(), Directory.EnumerateFileSystemEntries(site.Root).Select(Path.GetFileName).Order());
        Assert.True(site.Exists("old/abroad/index.html"));
    }

    [Fact]
    public void A_build_into_another_folder_writes_nothing_else_in_that_folders_parent()
    {
        var parent = Directory.CreateTempSubdirectory("explainer-parent-").FullName;
        try
        {
            using (var site = TestSite.From(Trees.Small)) TestSite.CopyFolder(site.Root, Path.Combine(parent, "site"));
            var before = OutputSnapshot.Of(Path.Combine(parent, "site"));

            var result = SiteBuilder.Build(BuildOptions.ForRoot(Path.Combine(parent, "site"), Path.Combine(parent, "public")));

            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            Assert.Equal(["public", "site"], Directory.EnumerateFileSystemEntries(parent).Select(Path.GetFileName).Order());
            OutputSnapshot.AssertSame(before, OutputSnapshot.Of(Path.Combine(parent, "site")), "the site folder changed");
            Assert.True(File.Exists(Path.Combine(parent, "public", "index.html")));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
