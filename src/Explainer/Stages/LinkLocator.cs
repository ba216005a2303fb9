using Explainer.Diagnostics;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Finds where a broken link was written, so the report points at the line an editor must fix:
/// the first occurrence of the link in the page's source file, or the file's start when the
/// link came from the theme.
/// </summary>
public static class LinkLocator
{
    public static SourcePosition Find(string source, string link, BuildContext context)
    {
        var path = context.Absolute(source);
        if (!File.Exists(path)) return SourcePosition.StartOf(source);
        var lines = File.ReadAllLines(path);
        var bare = context.Urls.SitePath(link) ?? link;
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(bare, StringComparison.Ordinal);
            if (column < 0 && bare != link) column = lines[i].IndexOf(link, StringComparison.Ordinal);
            if (column >= 0) return new SourcePosition(source, i + 1, column + 1);
        }
        return SourcePosition.StartOf(source);
    }
}
