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
    /// <param name="language">What the file is written in, for messages: statiq.json is read with the
    /// YAML parser (JSON is YAML) but its author wrote JSON.</param>
    public static bool TryParse(string text, SourcePosition origin, DiagnosticBag diagnostics, ErrorCode syntaxCode, out DataNode? root, string language = "YAML")
    {
        root = language == "YAML" ? SimpleYaml.TryRead(text) : null;
        if (root is not null) return true;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count > 1)
            {
                var second = stream.Documents[1].RootNode.Start;
                diagnostics.Error(At(origin, second), syntaxCode, $"holds more than one {language} document; remove the extra '---' or '...' line");
                return false;
            }
            root = stream.Documents.Count == 0 ? null : ToData(stream.Documents[0].RootNode);
            return true;
        }
        catch (YamlException e)
        {
            var (at, message) = Explain(e, text, origin);
            diagnostics.Error(at, syntaxCode, message.Replace("invalid YAML", $"invalid {language}"));
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these for a few malformed inputs (e.g. bad anchors) without a position.
            diagnostics.Error(origin, syntaxCode, $"invalid {language}: {e.Message}");
            return false;
        }
    }

    /// <summary>The full parser's reading of valid YAML, skipping the fast reader (for tests that compare the two).</summary>
    internal static DataNode? ReadWithFullParser(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : ToData(stream.Documents[0].RootNode);
    }

    /// <summary>The parser's node as a <see cref="DataNode"/>, with the same positions.</summary>
    private static DataNode ToData(YamlNode node) => node switch
    {
        YamlScalarNode scalar => Scalar(scalar),
        YamlSequenceNode sequence => new DataList(sequence.Children.Select(ToData).ToList(), (int)sequence.Start.Line, (int)sequence.Start.Column),
        YamlMappingNode mapping => new DataMap(mapping.Children.Select(pair => KeyValuePair.Create(Scalar(pair.Key as YamlScalarNode ?? new YamlScalarNode("")), ToData(pair.Value))).ToList(),
            (int)mapping.Start.Line, (int)mapping.Start.Column),
        _ => new DataScalar("", true, (int)node.Start.Line, (int)node.Start.Column),
    };

    private static DataScalar Scalar(YamlScalarNode scalar) => new(scalar.Value ?? "",
        scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any, (int)scalar.Start.Line, (int)scalar.Start.Column);

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
