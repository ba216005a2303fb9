namespace Explainer.Data;

/// <summary>A content file split into its YAML frontmatter and Markdown body.</summary>
/// <param name="Yaml">The frontmatter text, or null when the file has none.</param>
/// <param name="YamlLine">The 1-based line where the YAML starts.</param>
/// <param name="Body">The Markdown after the frontmatter.</param>
/// <param name="BodyLine">The 1-based line where the body starts.</param>
/// <param name="Unclosed">True when a --- line opens frontmatter that no later line closes.</param>
public sealed record Frontmatter(string? Yaml, int YamlLine, string Body, int BodyLine, bool Unclosed)
{
    /// <summary>
    /// Splits text that may start with a <c>---</c> line, a YAML block, and a closing
    /// <c>---</c> or <c>...</c> line, as Jekyll, Hugo and Statiq do. Line endings are normalised.
    /// </summary>
    public static Frontmatter Split(string text)
    {
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
            return new Frontmatter(null, 1, text, 1, false);

        // Walk line by line to the closing "---" or "..." line, without splitting the whole file.
        var start = text.IndexOf('\n') + 1;
        var line = 2;
        for (var at = start; at > 0 && at <= text.Length; line++)
        {
            var end = text.IndexOf('\n', at);
            var current = text.AsSpan(at, (end < 0 ? text.Length : end) - at).TrimEnd();
            if (current.SequenceEqual("---") || current.SequenceEqual("..."))
            {
                var yaml = at > start ? text[start..(at - 1)] : "";
                var body = end < 0 ? "" : text[(end + 1)..];
                return new Frontmatter(yaml, 2, body, line + 1, false);
            }
            if (end < 0) break;
            at = end + 1;
        }
        return new Frontmatter(start > 0 ? text[start..] : "", 2, "", line + 1, true);
    }
}
