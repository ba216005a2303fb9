namespace Explainer.Data;

/// <summary>
/// A fast reader for the YAML most frontmatter is: one "key: value" per line, where a value is a
/// plain or quoted scalar on that line, a flow list ("[a, b]"), or a block list of such scalars
/// ("- a" lines). Anything else (nested mappings, comments, anchors, escapes, multi-line text,
/// tabs, repeated keys) makes it decline, and the full YAML parser reads the text instead. On what
/// it accepts it gives exactly the values and positions the full parser gives, at a fraction of the cost.
/// </summary>
public static class SimpleYaml
{
    /// <returns>The mapping, or null to let the full parser decide.</returns>
    public static DataMap? TryRead(string yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml) || yaml.AsSpan().IndexOfAny("\t\r#&*!%@`{}|>") >= 0 || yaml.Contains('\\')) return null;
        var entries = new List<KeyValuePair<DataScalar, DataNode>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0) continue;
            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsKey(line.AsSpan(0, colon)) || !keys.Add(line[..colon])) return null;
            var key = new DataScalar(line[..colon], true, i + 1, 1);
            var rest = line[(colon + 1)..];
            if (rest.Length > 0 && rest[0] != ' ') return null;
            var valueAt = colon + 1 + (rest.Length - rest.TrimStart(' ').Length);
            var text = rest.Trim(' ');
            DataNode? value;
            if (text.Length == 0)
            {
                value = BlockList(lines, ref i) ?? new DataScalar("", true, i + 1, colon + 2);
            }
            else
            {
                value = text[0] == '[' ? FlowList(text, i + 1, valueAt + 1) : Scalar(text, i + 1, valueAt + 1);
                if (value is null) return null;
            }
            if (value is null) return null;
            entries.Add(KeyValuePair.Create(key, value));
        }
        return new DataMap(entries, 1, 1);
    }

    // "- item" lines below a key with no value on its own line.
    private static DataNode? BlockList(string[] lines, ref int i)
    {
        var items = new List<DataNode>();
        int line = i + 1, column = 0;
        while (line < lines.Length && lines[line].TrimStart(' ').StartsWith("- ", StringComparison.Ordinal))
        {
            var dash = lines[line].IndexOf('-');
            if (items.Count == 0) column = dash + 1;
            else if (dash + 1 != column) return null;
            var text = lines[line][(dash + 2)..];
            var at = dash + 2 + (text.Length - text.TrimStart(' ').Length);
            if (Scalar(text.Trim(' '), line + 1, at + 1) is not { } item) return null;
            items.Add(item);
            line++;
        }
        if (items.Count == 0) return null;
        var list = new DataList(items, i + 2, column);
        i = line - 1;
        return list;
    }

    private static DataList? FlowList(string text, int line, int column)
    {
        if (!text.EndsWith(']')) return null;
        var items = new List<DataNode>();
        var inner = text[1..^1];
        if (inner.Trim(' ').Length == 0) return new DataList(items, line, column);
        var offset = 1;
        foreach (var part in inner.Split(','))
        {
            var at = offset + (part.Length - part.TrimStart(' ').Length);
            var item = part.Trim(' ');
            if (item.Length == 0 || item.AsSpan().IndexOfAny("[]") >= 0 || Scalar(item, line, column + at) is not { } scalar) return null;
            items.Add(scalar);
            offset += part.Length + 1;
        }
        return new DataList(items, line, column);
    }

    private static DataScalar? Scalar(string text, int line, int column)
    {
        if (text.Length == 0) return null;
        if (text[0] is '"' or '\'')
        {
            var quote = text[0];
            if (text.Length < 2 || text[^1] != quote) return null;
            var inner = text[1..^1];
            if (quote == '"' && inner.Contains('"')) return null;
            if (quote == '\'' && inner.Contains('\'')) return null;
            return new DataScalar(inner, false, line, column);
        }
        // Plain scalars that YAML reads in special ways, or that hold structure, are the full parser's.
        if (text[0] is '-' or '?' or ':' or ',' or '[' or ']' or '\'' or '"' || text.Contains(": ", StringComparison.Ordinal) || text.EndsWith(':'))
            return null;
        return new DataScalar(text, true, line, column);
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        foreach (var c in key)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '$')) return false;
        return true;
    }
}
