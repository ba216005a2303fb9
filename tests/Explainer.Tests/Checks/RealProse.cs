using Explainer.Checks;
using Explainer.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Explainer.Tests.Checks;

/// <summary>Test support: every paragraph of the real site's prose (pages, topics, glossary, source summaries and the discrepancy notes), with the file it is in.</summary>
public static class RealProse
{
    public sealed record Located(string File, ProseParagraph Paragraph);

    public static List<Located> All(BuiltSources sources) => [.. Pages(sources.Resolve), .. DiscrepancyNotes(sources.Resolve)];

    /// <summary>The paragraphs of one content file's Markdown body, with <paramref name="change"/> applied to the file first.</summary>
    public static List<Located> Page(string relativePath, Func<MarkdownProse.CitedItem, IEnumerable<CitedText>> resolve, Func<string, string>? change = null)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "input", relativePath));
        var body = Explainer.Data.Frontmatter.Split((change ?? (t => t))(text)).Body;
        return MarkdownProse.Paragraphs(body, resolve).Select(p => new Located(relativePath, p)).ToList();
    }

    private static IEnumerable<Located> Pages(Func<MarkdownProse.CitedItem, IEnumerable<CitedText>> resolve) =>
        new[] { "topics", "glossary", "sources" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "input", folder), "*.md").Order(StringComparer.Ordinal))
            .Concat(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "input"), "*.md").Order(StringComparer.Ordinal))
            .SelectMany(file => Page(Path.GetRelativePath(Path.Combine(RepositoryRoot.Path, "input"), file), resolve));

    /// <summary>Each claim as the discrepancy box shows it (its wording, citing its paragraph) and each note as Markdown.</summary>
    private static IEnumerable<Located> DiscrepancyNotes(Func<MarkdownProse.CitedItem, IEnumerable<CitedText>> resolve)
    {
        const string file = "data/discrepancies.yml";
        var yaml = new YamlStream();
        yaml.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "input", file))));
        var list = (YamlSequenceNode)((YamlMappingNode)yaml.Documents[0].RootNode)["discrepancies"];
        foreach (var discrepancy in list.Children.Cast<YamlMappingNode>())
        {
            foreach (var claim in ((YamlSequenceNode)discrepancy["claims"]).Children.Cast<YamlMappingNode>())
            {
                var says = Scalar(claim, "says")!;
                var cited = resolve(new MarkdownProse.CitedItem(Scalar(claim, "source")!, int.Parse(Scalar(claim, "paragraph")!), null)).ToList();
                yield return new Located(file, new ProseParagraph(says, [new ProseCitation(says.Length, cited)]));
            }
            if (Scalar(discrepancy, "note") is { } note) yield return new Located(file, MarkdownProse.Paragraph(note, resolve));
        }
    }

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;
}
