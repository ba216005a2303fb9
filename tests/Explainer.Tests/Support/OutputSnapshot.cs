using System.Security.Cryptography;

namespace Explainer.Tests.Support;

/// <summary>Every file of a folder with its SHA-256, to prove a folder was left byte for byte as it was.</summary>
public static class OutputSnapshot
{
    public static SortedDictionary<string, string> Of(string folder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return files;
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(folder, file).Replace('\\', '/')] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        return files;
    }

    /// <summary>Fails naming the first files that were added, removed or changed.</summary>
    public static void AssertSame(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string> actual, string what)
    {
        var removed = expected.Keys.Where(k => !actual.ContainsKey(k)).Take(5).ToList();
        var added = actual.Keys.Where(k => !expected.ContainsKey(k)).Take(5).ToList();
        var changed = expected.Keys.Where(k => actual.TryGetValue(k, out var hash) && hash != expected[k]).Take(5).ToList();
        Assert.True(removed.Count + added.Count + changed.Count == 0,
            $"{what}: removed [{string.Join(", ", removed)}], added [{string.Join(", ", added)}], changed [{string.Join(", ", changed)}]");
    }

    /// <summary>The staging folders (".output.staging-PID-N") a build left beside <paramref name="output"/>.</summary>
    public static List<string> StagingLeftBeside(string output)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output))!;
        return Directory.Exists(parent)
            ? Directory.EnumerateDirectories(parent, $".{Path.GetFileName(output)}.staging-*").Select(Path.GetFileName).OfType<string>().ToList()
            : [];
    }
}
