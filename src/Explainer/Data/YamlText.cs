using Explainer.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Explainer.Data;

/// <summary>
/// Parses YAML (frontmatter, data files and, as JSON is YAML, statiq.json) into nodes that
/// keep their line and column, reporting syntax errors instead of throwing.
/// </summary>
public static class YamlText
{
    /// <summary>
    /// Parses <paramref name="text"/>; false when it is invalid (then a diagnostic is reported).
    /// <paramref name="root"/> is null for empty text. <paramref name="origin"/> is where the text starts in its file.
    /// </summary>
    public static bool TryParse(string text, SourcePosition origin, DiagnosticBag diagnostics, ErrorCode syntaxCode, out YamlNode? root)
    {
        root = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode.Start;
                diagnostics.Error(At(origin, second), syntaxCode, "holds more than one YAML document; remove the extra '---' or '...' line");
                return false;
            }
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
            return true;
        }
        catch (YamlException e)
        {
            diagnostics.Error(At(origin, e.Start), syntaxCode, Explain(e));
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these for a few malformed inputs (e.g. bad anchors) without a position.
            diagnostics.Error(origin, syntaxCode, $"invalid YAML: {e.Message}");
            return false;
        }
    }

    /// <summary>The position of a YAML mark inside a file whose YAML text starts at <paramref name="origin"/>.</summary>
    public static SourcePosition At(SourcePosition origin, Mark mark)
    {
        var line = Math.Max(1, (int)mark.Line);
        var column = Math.Max(1, (int)mark.Column);
        return line == 1
            ? origin with { Column = origin.Column + column - 1 }
            : origin with { Line = origin.Line + line - 1, Column = column };
    }

    private static string Explain(YamlException e)
    {
        var message = (e.InnerException is YamlException inner ? inner.Message : e.Message).TrimEnd('.');
        if (message.Contains("Duplicate key", StringComparison.Ordinal))
            return $"invalid YAML: {message.ToLowerInvariant()}; each key may appear once";
        if (message.Contains("mapping", StringComparison.Ordinal) || message.Contains("plain scalar", StringComparison.Ordinal))
            return $"invalid YAML: {LowerFirst(message)}; put text that contains ': ' or '#' in quotes";
        return $"invalid YAML: {LowerFirst(message)}";
    }

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s[1..];
}
