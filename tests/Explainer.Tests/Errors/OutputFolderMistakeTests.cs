using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>An --output that would replace the site itself, or a folder the build must never touch, is refused before anything is written or deleted.</summary>
[Collection(CliCollection.Name)]
public sealed class OutputFolderMistakeTests
{
    [Theory]
    [InlineData("", "holds the site itself")]
    [InlineData(".", "holds the site itself")]
    [InlineData("input", "is inside input/")]
    [InlineData("input/topics", "is inside input/")]
    [InlineData("theme", "is inside theme/")]
    [InlineData("seeds", "is inside seeds/")]
    public void An_output_folder_that_would_replace_site_files_is_refused_without_deleting_anything(string output, string why)
    {
        using var site = TestSite.From(Trees.Small);
        var before = OutputSnapshot.Of(site.Root);

        var (exit, stdout, error) = CliRun.Run("build", "--root", site.Root, "--output", Path.Combine(site.Root, output));

        Assert.Equal(1, exit);
        CliRun.AssertOnlyDiagnostics(error, stdout);
        Assert.Contains(CliRun.Lines(error), line => line.StartsWith(".:1:1: EXP903 the output folder ", StringComparison.Ordinal) && line.Contains(why, StringComparison.Ordinal));
        OutputSnapshot.AssertSame(before, OutputSnapshot.Of(site.Root), "the site folder changed");
        Assert.Empty(Directory.EnumerateDirectories(Path.GetDirectoryName(site.Root)!, $".{Path.GetFileName(site.Root)}.staging-*"));
    }

    [Fact]
    public void An_output_folder_that_holds_the_site_is_refused_without_deleting_anything()
    {
        var parent = Directory.CreateTempSubdirectory("explainer-parent-").FullName;
        try
        {
            using (var site = TestSite.From(Trees.Small)) TestSite.CopyFolder(site.Root, Path.Combine(parent, "site"));
            var before = OutputSnapshot.Of(parent);

            var (exit, _, error) = CliRun.Run("build", "--root", Path.Combine(parent, "site"), "--output", parent);

            Assert.Equal(1, exit);
            Assert.Contains(CliRun.Lines(error), line => line.StartsWith(".:1:1: EXP903 ", StringComparison.Ordinal) && line.Contains("holds the site itself", StringComparison.Ordinal));
            OutputSnapshot.AssertSame(before, OutputSnapshot.Of(parent), "the folder around the site changed");
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }
}
