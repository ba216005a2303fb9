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

    private static (SourcePosition At, string Message) Explain(YamlException e, string text, SourcePosition origin)
    {
        var at = At(origin, e.Start);
        var message = (e.InnerException is YamlException inner ? inner.Message : e.Message).TrimEnd('.');
        // YAML forbids tabs for indentation; the parser notices later than the tab, so point at the tab itself.
        if (TabIndentation(text) is { } tabLine
            && (message.Contains("tab", StringComparison.OrdinalIgnoreCase) || message.Contains("indentation", StringComparison.OrdinalIgnoreCase)))
            return (new SourcePosition(origin.Path, origin.Line + tabLine, 1), "invalid YAML: a tab character indents this line; YAML allows only spaces for indentation");
        if (message.Contains("Duplicate key", StringComparison.Ordinal))
            return (at, $"invalid YAML: {message.ToLowerInvariant()}; each key may appear once");
        if (message.Contains("quoted scalar", StringComparison.Ordinal))
            return (at, $"invalid YAML: {LowerFirst(message)}; close the quotation mark that opens here, on the same line");
        if (message.Contains("mapping", StringComparison.Ordinal) || message.Contains("plain scalar", StringComparison.Ordinal))
            return (at, $"invalid YAML: {LowerFirst(message)}; put text that contains ': ' or '#' in quotes");
        return (at, $"invalid YAML: {LowerFirst(message)}");
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
