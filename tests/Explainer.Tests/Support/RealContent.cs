using System.Text.RegularExpressions;

namespace Explainer.Tests.Support;

/// <summary>The repository's own content files, as seeds for the fuzzers.</summary>
public static partial class RealContent
{
    public static IReadOnlyList<string> Files(string folder) => Directory
        .EnumerateFiles(Path.Combine(RepositoryRoot.Path, "input", folder), "*.md")
        .Order(StringComparer.Ordinal)
        .Select(File.ReadAllText)
        .ToList();

    /// <summary>The Markdown bodies of the real topics, with citations pointed at the spec fixture's sources so most of them resolve.</summary>
    public static IReadOnlyList<string> TopicBodies { get; } = Files("topics")
        .Select(text => Explainer.Data.Frontmatter.Split(text).Body)
        .Select(body => Citation().Replace(body, m => $"@{(m.Groups[1].Value.Length % 2 == 0 ? "alpha" : "beta")}, ¶{int.Parse(m.Groups[2].Value) % 3 + 1}"))
        .ToList();

    [GeneratedRegex(@"@([a-z0-9-]+), ¶(\d+)(?:[-–]\d+)?")]
    private static partial Regex Citation();
}
