using System.Text.RegularExpressions;
using Markdig.Parsers;

namespace Explainer.Markdown.Shortcodes;

/// <summary>Recognises a line that holds only <c>{{&lt; name arg ... &gt;}}</c>.</summary>
public sealed partial class ShortcodeParser : BlockParser
{
    public ShortcodeParser() => OpeningCharacters = ['{'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var match = Line().Match(processor.Line.ToString());
        if (!match.Success) return BlockState.None;
        processor.NewBlocks.Push(new ShortcodeBlock(this)
        {
            Name = match.Groups["name"].Value,
            Arguments = match.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new Markdig.Syntax.SourceSpan(processor.Start, processor.Line.End),
        });
        return BlockState.BreakDiscard;
    }

    [GeneratedRegex(@"^\{\{<\s*(?<name>[a-z][a-z0-9-]*)(?<args>(?:\s+[^\s>]+)*)\s*>\}\}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Line();
}
