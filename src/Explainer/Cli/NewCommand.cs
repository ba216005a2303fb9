using System.Globalization;
using System.Text.RegularExpressions;
using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Pipeline;

namespace Explainer.Cli;

/// <summary>What <c>new</c> was asked to create: the kind, the title, and optionally the file's id and a source's seed.</summary>
public sealed record NewFile(string Kind, string Title, string? Id = null, string? Seed = null);

/// <summary>
/// Runs <c>new topic|term|source "Title"</c>: writes a draft with valid frontmatter and placeholder
/// text (<see cref="Placeholders"/>) that previews at once, and prints its path. The file's name is
/// <c>--id</c> or the title's slug; a source's document is <c>--seed</c> or <c>seeds/ID.txt</c>. A topic
/// gets the next free <c>order</c>. Never overwrites a file.
/// </summary>
public static partial class NewCommand
{
    public static readonly string[] Kinds = ["topic", "term", "source"];

    public static int Run(BuildOptions options, NewFile request, TextWriter output, TextWriter error)
    {
        var id = request.Id ?? SitePaths.Slugify(request.Title);
        if (!SitePaths.IsSlug(id))
        {
            error.WriteLine(new Diagnostic(".", 1, 1, ErrorCodes.Usage,
                $"--id '{id}' cannot be a file name and URL; use lowercase letters, digits and hyphens, such as '{SitePaths.Slugify(id)}'"));
            return 1;
        }
        var seed = request.Seed ?? id + ".txt";
        if (request.Kind == "source" && !File.Exists(Path.Combine(options.Root, SeedFiles.Folder, seed)))
        {
            error.WriteLine(new Diagnostic($"{SeedFiles.Folder}/{seed}", 1, 1, ErrorCodes.MissingSeed,
                $"a source needs its document in seeds/ first: {SeedFiles.Missing(seed, SeedFiles.In(options.Root))}; name the document with --seed"));
            return 1;
        }
        var folder = request.Kind switch { "topic" => "topics", "term" => "glossary", _ => "sources" };
        var input = options.Input ?? Path.Combine(options.Root, "input");
        var path = Path.Combine(input, folder, id + ".md");
        var relative = Path.GetRelativePath(options.Root, path).Replace('\\', '/');
        if (File.Exists(path))
        {
            error.WriteLine(new Diagnostic(relative, 1, 1, ErrorCodes.DuplicateUrl, $"'{relative}' already exists; choose another title or --id, or edit that file"));
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, request.Kind switch
        {
            "topic" => Topic(request.Title, NextOrder(Path.Combine(input, folder))),
            "term" => Term(request.Title),
            _ => Source(request.Title, seed),
        });
        output.WriteLine($"Created {relative}, a draft: preview shows it, build leaves it out until you remove 'draft: true'.");
        return 0;
    }

    private static string Topic(string title, int order) => $"""
        ---
        title: {Quote(title)}
        description: {Quote(Placeholders.TopicDescription)}
        order: {order}
        date: {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}
        tags: []
        related: []
        draft: true
        ---

        {Placeholders.TopicBody}

        """;

    private static string Term(string title) => $"""
        ---
        term: {Quote(title)}
        aliases: []
        short: {Quote(Placeholders.TermShort)}
        related: []
        draft: true
        ---

        {Placeholders.TermBody}

        """;

    private static string Source(string title, string seed) => $"""
        ---
        seed: {Quote(seed)}
        title: {Quote(title)}
        type: article
        # Only what the document itself states: container-title, author, issued, URL, publisher.
        # Cleanup rules for what the source page shows that is not the document's text:
        # site chrome, captions and credits (drop), headings, glued footnote numbers.
        cleanup:
          drop: []
          headings: []
        draft: true
        ---

        {Placeholders.SourceBody}

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
