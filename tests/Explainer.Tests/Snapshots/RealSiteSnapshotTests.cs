using System.IO.Compression;
using Explainer.Tests.Support;

namespace Explainer.Tests.Snapshots;

/// <summary>
/// Builds the real site (input/, seeds/, theme/ of the repository) and compares every output
/// file with the saved snapshot in Snapshots/real-site/. Any change to the content, the theme
/// or the generator shows up here as a readable diff. After a deliberate change, regenerate:
/// <c>UPDATE_SNAPSHOTS=1 dotnet test --filter RealSiteSnapshotTests</c>, and review the diff.
/// The search index is left out: it is Pagefind's output, not ours. The downloads are kept as
/// text to review: the e-book unpacked (<c>NAME.epub.unpacked/</c>), the zip as its list of
/// entries (<c>NAME.zip.entries.txt</c>); the download page gives both files' checksums, so a
/// change to either file's bytes shows too.
/// </summary>
public sealed class RealSiteSnapshotTests
{
    private static readonly string Expected = Path.Combine(RepositoryRoot.Path, "tests", "Explainer.Tests", "Snapshots", "real-site");

    [Fact]
    public void The_real_site_matches_its_snapshot()
    {
        using var site = RealSite.Copy(searchIndex: false);
        site.BuildOk();
        var actual = Snapshot(site.Output);

        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            if (Directory.Exists(Expected)) Directory.Delete(Expected, recursive: true);
            foreach (var (file, text) in actual)
            {
                var path = Path.Combine(Expected, file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text);
            }
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

    // The output as the snapshot keeps it: text files as they are, the downloads as text to review.
    private static Dictionary<string, string> Snapshot(string output)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories))
        {
            var file = Path.GetRelativePath(output, path).Replace('\\', '/');
            if (file.EndsWith(".epub", StringComparison.Ordinal))
            {
                using var book = ZipFile.OpenRead(path);
                foreach (var entry in book.Entries)
                {
                    using var reader = new StreamReader(entry.Open());
                    files[$"{file}.unpacked/{entry.FullName}"] = reader.ReadToEnd();
                }
            }
            else if (file.EndsWith(".zip", StringComparison.Ordinal))
            {
                using var zip = ZipFile.OpenRead(path);
                files[$"{file}.entries.txt"] = string.Concat(zip.Entries.Select(e => $"{e.FullName}\t{e.Length}\n"));
            }
            else files[file] = File.ReadAllText(path);
        }
        return files;
    }

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
