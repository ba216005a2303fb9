using System.Text;
using AngleSharp.Dom;
using Explainer.IO;

namespace Explainer.Bench;

/// <summary>
/// The text Pagefind would index from an element, the way its HTML reader makes it: elements marked
/// data-pagefind-ignore and those it always leaves out (nav, footer, form, script...) are skipped,
/// blocks are kept apart by a space (and a full stop when a sentence runs to the block's end, so
/// excerpts read well), and weighted elements (data-pagefind-weight, else headings) are wrapped in
/// Pagefind's weight markers (<see cref="PagefindWeight"/>).
/// </summary>
public static class SearchText
{
    private static readonly HashSet<string> Skipped = ["head", "style", "script", "noscript", "label", "form", "svg", "footer", "nav", "iframe", "template"];
    private static readonly HashSet<string> Blocks = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "td", "div", "ul", "li", "article", "section"];

    public static string Of(IElement body)
    {
        var text = new StringBuilder();
        Append(body, text, weighted: false);
        return string.Join(' ', text.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static void Append(INode node, StringBuilder text, bool weighted)
    {
        if (node is IText leaf)
        {
            text.Append(leaf.Data);
            return;
        }
        if (node is not IElement element || element.HasAttribute("data-pagefind-ignore") || Skipped.Contains(element.LocalName)) return;
        if (element.LocalName == "br")
        {
            text.Append(' ');
            return;
        }
        var weight = element.GetAttribute("data-pagefind-weight") ?? (weighted ? null : HeadingWeight(element.LocalName));
        if (weight is not null) text.Append(PagefindWeight.Start(weight));
        var block = Blocks.Contains(element.LocalName);
        if (block) text.Append(' ');
        var start = text.Length;
        foreach (var child in element.ChildNodes) Append(child, text, weighted || weight is not null);
        if (block)
        {
            if (text.Length > start && EndsASentence(text[^1])) text.Append('.');
            text.Append(' ');
        }
        if (weight is not null) text.Append(PagefindWeight.End);
    }

    private static string? HeadingWeight(string name) =>
        name is ['h', >= '1' and <= '6'] ? PagefindWeight.OfHeading(name[1] - '0') : null;

    private static bool EndsASentence(char last) => char.IsLetterOrDigit(last) || last is '_' or '\'' or '"' or ')' or '$' or '*';
}
