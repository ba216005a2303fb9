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
        var stack = new Stack<MarkdownObject>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!ReferenceEquals(node, root)) yield return node;
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) stack.Push(container[i]);
                    break;
                case LeafBlock { Inline: { } inline }:
                    stack.Push(inline);
                    break;
                case ContainerInline inlines:
                    var children = new List<Inline>();
                    for (var child = inlines.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
                    for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
                    break;
            }
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
