using System.Globalization;
using System.Text.RegularExpressions;
using Explainer.IO;
using Explainer.Pipeline;
using Explainer.Stages;

namespace Explainer.Cli;

/// <summary>
/// Runs <c>new topic|term|source "Title"</c>: writes a file with valid frontmatter that builds at
/// once (a topic gets the next free <c>order</c>), and prints its path. Never overwrites a file.
/// </summary>
public static partial class NewCommand
{
    public static readonly string[] Kinds = ["topic", "term", "source"];

    public static int Run(BuildOptions options, string kind, string title, string? seed, TextWriter output, TextWriter error)
    {
        var slug = SitePaths.Slugify(title);
        seed ??= slug + ".txt";
        if (kind == "source" && !File.Exists(Path.Combine(options.Root, ReadSources.SeedsFolder, seed)))
        {
            error.WriteLine($"seeds/{seed}:1:1: EXP801 a source needs its document first: put it in seeds/{seed}, or name an existing one with --seed");
            return 1;
        }
        var folder = kind switch { "topic" => "topics", "term" => "glossary", _ => "sources" };
        var input = options.Input ?? Path.Combine(options.Root, "input");
        var path = Path.Combine(input, folder, slug + ".md");
        var relative = Path.GetRelativePath(options.Root, path).Replace('\\', '/');
        if (File.Exists(path))
        {
            error.WriteLine($"{relative}:1:1: EXP503 '{relative}' already exists; choose another title or edit that file");
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, kind switch
        {
            "topic" => Topic(title, NextOrder(Path.Combine(input, folder))),
            "term" => Term(title),
            _ => Source(title, seed),
        });
        output.WriteLine($"Created {relative}");
        return 0;
    }

    private static string Topic(string title, int order) => $"""
        ---
        title: {Quote(title)}
        description: "One sentence saying what this topic explains."
        order: {order}
        date: {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
        tags: []
        related: []
        ---

        Write the topic here, citing the source paragraph each factual sentence rests on.

        """;

    private static string Term(string title) => $"""
        ---
        term: {Quote(title)}
        aliases: []
        short: "One plain sentence that defines the term."
        related: []
        ---

        Explain the term in your own words, with citations.

        """;

    private static string Source(string title, string seed) => $"""
        ---
        seed: {seed}
        title: {Quote(title)}
        type: article
        cleanup:
          drop: []
          headings: []
        ---

        Summarise the document in your own words. Then add cleanup rules for any site chrome,
        captions or footnote numbers the source page shows, and only the metadata the document states.

        """;

    /// <summary>One more than the highest order of the existing topics.</summary>
    private static int NextOrder(string topics)
    {
        if (!Directory.Exists(topics)) return 1;
        var orders = Directory.EnumerateFiles(topics, "*.md")
            .Select(f => OrderLine().Match(File.ReadAllText(f)))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        return orders.DefaultIfEmpty(0).Max() + 1;
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    [GeneratedRegex(@"^order:\s*(\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex OrderLine();
}
