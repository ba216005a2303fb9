using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Explainer.Markdown;

/// <summary>
/// Walks a Markdown syntax tree in document order, following each container's FirstChild and
/// NextSibling links. Markdig's own Descendants() walks inlines from LastChild backwards, and
/// LastChild is not updated when the last inline is removed, so it misses what the glossary
/// linker inserts; every pass that runs after the tree was changed uses this instead.
/// </summary>
public static class SyntaxWalk
{
    /// <summary>Every block and inline under <paramref name="root"/>, parents before children.</summary>
    public static IEnumerable<MarkdownObject> All(MarkdownObject root)
    {
        var found = new List<MarkdownObject>();
        Visit(root, found, isRoot: true);
        return found;
    }

    // Recursion is bounded: Markdig refuses documents nested deeper than its limit.
    private static void Visit(MarkdownObject node, List<MarkdownObject> found, bool isRoot = false)
    {
        if (!isRoot) found.Add(node);
        switch (node)
        {
            case ContainerBlock container:
                for (var i = 0; i < container.Count; i++) Visit(container[i], found);
                break;
            case LeafBlock { Inline: { } inline }:
                Visit(inline, found);
                break;
            case ContainerInline inlines:
                for (var child = inlines.FirstChild; child is not null; child = child.NextSibling) Visit(child, found);
                break;
        }
    }

    public static IEnumerable<T> All<T>(MarkdownObject root) where T : MarkdownObject => All(root).OfType<T>();

    /// <summary>Blocks only, without descending into inlines: cheap when only block syntax matters.</summary>
    public static IEnumerable<T> Blocks<T>(ContainerBlock root) where T : Block
    {
        foreach (var block in root)
        {
            if (block is T match) yield return match;
            if (block is ContainerBlock container)
                foreach (var inner in Blocks<T>(container)) yield return inner;
        }
    }
}
