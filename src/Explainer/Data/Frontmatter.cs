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
        text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (!text.StartsWith("---\n", StringComparison.Ordinal) && text.TrimEnd() != "---")
            return new Frontmatter(null, 1, text, 1, false);

        var lines = text.Split('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line is not ("---" or "...")) continue;
            var yaml = string.Join('\n', lines[1..i]);
            var body = string.Join('\n', lines[(i + 1)..]);
            return new Frontmatter(yaml, 2, body, i + 2, false);
        }
        return new Frontmatter(string.Join('\n', lines[1..]), 2, "", lines.Length + 1, true);
    }
}
