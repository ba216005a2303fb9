using Explainer.Diagnostics;
using YamlDotNet.Core;

namespace Explainer.Data;

/// <summary>
/// Parses YAML (frontmatter, data files and, as JSON is YAML, statiq.json) into nodes that
/// keep their line and column, reporting syntax errors instead of throwing, within the limits of
/// <see cref="YamlTree"/> and <see cref="MaxChars"/>.
/// </summary>
public static class YamlText
{
    /// <summary>
    /// Parses <paramref name="text"/>; false when it is invalid (then a diagnostic is reported).
    /// <paramref name="root"/> is null for empty text. <paramref name="origin"/> is where the text starts in its file.
    /// </summary>
    /// <param name="language">What the file is written in, for messages: statiq.json is read with the
    /// YAML parser (JSON is YAML) but its author wrote JSON.</param>
    public static bool TryParse(string text, SourcePosition origin, DiagnosticBag diagnostics, ErrorCode syntaxCode, out DataNode? root, string language = "YAML")
    {
        root = null;
        if (text.Length > MaxChars)
        {
            diagnostics.Error(origin, ErrorCodes.TooLarge, $"the {language} is {text.Length / 1024:N0} KiB; more than {MaxChars / 1024:N0} KiB is not read");
            return false;
        }
        try
        {
            root = YamlTree.Read(text);
            return true;
        }
        catch (YamlTree.SecondDocumentException e)
        {
            diagnostics.Error(At(origin, e.Start), syntaxCode, $"holds more than one {language} document; remove the extra '---' or '...' line");
            return false;
        }
        catch (YamlTree.LimitException e)
        {
            diagnostics.Error(At(origin, e.Start), ErrorCodes.TooLarge, $"{e.Message}; simplify the {language}");
            return false;
        }
        catch (YamlException e)
        {
            var (at, message) = Explain(e, text, origin);
            diagnostics.Error(at, syntaxCode, message.Replace("invalid YAML", $"invalid {language}"));
            return false;
        }
    }

    /// <summary>The most text read as one YAML block (frontmatter, a data file, statiq.json): 1 MiB.</summary>
    public const int MaxChars = 1024 * 1024;

    /// <summary>The position of a YAML mark inside a file whose YAML text starts at <paramref name="origin"/>.</summary>
    public static SourcePosition At(SourcePosition origin, Mark mark) => At(origin, (int)mark.Line, (int)mark.Column);

    /// <summary>The position of a node inside a file whose YAML text starts at <paramref name="origin"/>.</summary>
    public static SourcePosition At(SourcePosition origin, DataNode node) => At(origin, node.Line, node.Column);

    private static SourcePosition At(SourcePosition origin, int nodeLine, int nodeColumn)
    {
        var line = Math.Max(1, nodeLine);
        var column = Math.Max(1, nodeColumn);
        return line == 1
            ? origin with { Column = origin.Column + column - 1 }
            : origin with { Line = origin.Line + line - 1, Column = column };
    }

    /// <summary>
    /// Our own plain sentence and its fix first, the parser's wording after it in parentheses for
    /// whoever wants to look it up: "found invalid mapping" means nothing to an editor.
    /// </summary>
    private static (SourcePosition At, string Message) Explain(YamlException e, string text, SourcePosition origin)
    {
        var at = At(origin, e.Start);
        var parser = LowerFirst((e.InnerException is YamlException inner ? inner.Message : e.Message).TrimEnd('.'));
        // YAML forbids tabs for indentation; the parser notices later than the tab, so point at the tab itself.
        if (TabIndentation(text) is { } tabLine
            && (parser.Contains("tab", StringComparison.OrdinalIgnoreCase) || parser.Contains("indentation", StringComparison.OrdinalIgnoreCase)))
            return (new SourcePosition(origin.Path, origin.Line + tabLine, 1), "invalid YAML: a tab character indents this line; YAML allows only spaces for indentation");
        if (parser.StartsWith("duplicate key ", StringComparison.Ordinal))
            return (at, $"invalid YAML: the key '{parser["duplicate key ".Length..]}' appears twice; each key may appear once");
        var plain = parser switch
        {
            _ when parser.Contains("quoted scalar", StringComparison.Ordinal) =>
                "the quotation mark that opens here is never closed; close it on the same line",
            _ when parser.Contains("invalid mapping", StringComparison.Ordinal) =>
                "this line does not read as 'key: value': a key is indented, or a value holds ': '; start each key at the beginning of its line, and put text that contains ': ' or ' #' in quotes",
            _ when parser.Contains("block mapping, did not find expected key", StringComparison.Ordinal) =>
                "this line is neither 'key: value' nor part of the value above it; start each key at the beginning of its line, and put text that contains ': ' or ' #' in quotes",
            _ when parser.Contains("could not find expected ':'", StringComparison.Ordinal) =>
                "this line is not 'key: value'; add the ': ' after the key, or indent the line under the key it continues",
            _ when parser.Contains("did not find expected '-' indicator", StringComparison.Ordinal) =>
                "a list item starting with '- ' was expected here; start each item of the list with '- ', or write 'key: value' lines",
            _ when parser.Contains("cannot start any token", StringComparison.Ordinal) =>
                $"a value cannot start with {CharacterAt(text, e.Start)}; put the value in quotes",
            _ when parser.Contains("flow mapping", StringComparison.Ordinal) || parser.Contains("flow sequence", StringComparison.Ordinal) =>
                "a '{' or '[' that opens here is not closed as YAML expects; close it, and put text that contains ',' or ':' in quotes",
            _ => null,
        };
        return plain is null ? (at, $"invalid YAML: {parser}") : (at, $"invalid YAML: {plain} (YAML parser: {parser})");
    }

    /// <summary>"'@'" for the character at a parser's mark, as a message quotes it.</summary>
    private static string CharacterAt(string text, Mark mark)
    {
        var lines = text.Split('\n');
        var (line, column) = ((int)mark.Line - 1, (int)mark.Column - 1);
        return line >= 0 && line < lines.Length && column >= 0 && column < lines[line].Length ? $"'{lines[line][column]}'" : "this character";
    }

    /// <summary>The 0-based index of the first line indented with a tab, if any.</summary>
    private static int? TabIndentation(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
            if (lines[i].StartsWith('\t') || lines[i].TrimStart(' ').StartsWith('\t')) return i;
        return null;
    }

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
