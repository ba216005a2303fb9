using Explainer.Tests.Support;

namespace Explainer.Tests.Snapshots;

/// <summary>
/// Builds the real site (input/, seeds/, theme/ of the repository) and compares every output
/// file with the saved snapshot in Snapshots/real-site/. Any change to the content, the theme
/// or the generator shows up here as a readable diff. After a deliberate change, regenerate:
/// <c>UPDATE_SNAPSHOTS=1 dotnet test --filter RealSiteSnapshotTests</c>, and review the diff.
/// The search index is left out: it is Pagefind's output, not ours.
/// </summary>
public sealed class RealSiteSnapshotTests
{
    private static readonly string Expected = Path.Combine(RepositoryRoot.Path, "tests", "Explainer.Tests", "Snapshots", "real-site");

    [Fact]
    public void The_real_site_matches_its_snapshot()
    {
        using var site = RealSite.Copy(searchIndex: false);
        site.BuildOk();
        var actual = Files(site.Output);

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            if (Directory.Exists(Expected)) Directory.Delete(Expected, recursive: true);
            TestSite.CopyFolder(site.Output, Expected);
            return;
        }

        Assert.True(Directory.Exists(Expected), "no snapshot yet: run with UPDATE_SNAPSHOTS=1 to create it");
        var expected = Files(Expected);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        var differences = expected.Keys
            .Where(file => expected[file] != actual[file])
            .Select(file => $"{file}: {FirstDifference(expected[file], actual[file])}")
            .ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} files differ from the snapshot (UPDATE_SNAPSHOTS=1 regenerates it):\n" + string.Join('\n', differences.Take(20)));
    }

    private static Dictionary<string, string> Files(string folder) => Directory
        .EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText);

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "(end of file)";
            var right = i < a.Length ? a[i] : "(end of file)";
            if (left != right) return $"line {i + 1}\n  expected: {Trim(left)}\n  actual:   {Trim(right)}";
        }
        return "same lines, different line endings";
    }

    private static string Trim(string line) => line.Length > 160 ? line[..160] + "…" : line;
}
