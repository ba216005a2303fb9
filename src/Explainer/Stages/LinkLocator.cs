using Explainer.Diagnostics;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Finds where a broken link was written, so the report points at the line to fix: the page's
/// own source file first, then its layout and the theme's partials, else the page's file start.
/// A link a relative build rewrote ("../b/index.html") is looked for as it was written ("/topics/b/").
/// </summary>
public static class LinkLocator
{
    public static SourcePosition Find(Document page, string link, Settings.SiteUrls urls, BuildContext context)
    {
        var bare = AsWritten(page, link) ?? urls.SitePath(link) ?? link;
        // Markdown links first: in the body, written as "(target" — not a mention of the same text in the frontmatter.
        var bodyLine = page.Get(Keys.BodyLine);
        if (bodyLine > 0)
        {
            if (Search(page.Source, "(" + bare, "(" + link, context, bodyLine) is { } parenthesis) return parenthesis with { Column = parenthesis.Column + 1 };
            if (Search(page.Source, bare, link, context, bodyLine) is { } inBody) return inBody;
        }
        var candidates = new List<string> { page.Source };
        if (page.Get(Keys.Layout) is { } layout) candidates.Add($"{LoadTheme.ThemeFolder}/layouts/{layout}{Theme.ThemeTemplates.Extension}");
        var partials = context.Absolute($"{LoadTheme.ThemeFolder}/partials");
        if (Directory.Exists(partials))
            candidates.AddRange(Directory.EnumerateFiles(partials, "*" + Theme.ThemeTemplates.Extension).Order(StringComparer.Ordinal).Select(context.Relative));
        foreach (var candidate in candidates)
        {
            if (Search(candidate, bare, link, context) is { } found) return found;
        }
        return SourcePosition.StartOf(page.Source);
    }

    // The site path a relative link stands for, as an editor writes it: "../b/index.html#x" on /topics/a/ is "/topics/b/#x".
    private static string? AsWritten(Document page, string link)
    {
        if (link.StartsWith('/') || link.StartsWith('#') || Html.RelativeLinks.IsExternal(link)) return null;
        var hash = link.IndexOf('#');
        var path = hash < 0 ? link : link[..hash];
        if (IO.SitePaths.Resolve(page.Destination, path.Split('?')[0]) is not { } sitePath) return null;
        var folder = sitePath.EndsWith("/index.html", StringComparison.Ordinal) ? sitePath[..^"index.html".Length] : sitePath;
        return folder + (hash < 0 ? "" : link[hash..]);
    }

    private static SourcePosition? Search(string relativePath, string bare, string link, BuildContext context, int fromLine = 1)
    {
        var path = context.Absolute(relativePath);
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        for (var i = fromLine - 1; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(bare, StringComparison.Ordinal);
            if (column < 0 && bare != link) column = lines[i].IndexOf(link, StringComparison.Ordinal);
            if (column >= 0) return new SourcePosition(relativePath, i + 1, column + 1);
        }
        return null;
    }
}
