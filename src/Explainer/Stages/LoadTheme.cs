using Explainer.Pipeline;
using Explainer.Settings;
using Explainer.Theme;

namespace Explainer.Stages;

/// <summary>What the theme gives a build: its templates (compiling), its labels and navigation, its assets and the e-book's stylesheet.</summary>
/// <param name="Templates">The layouts and partials, compiling in the background; reading the result waits for them.</param>
/// <param name="BookStylesheet">theme/ebook.css, the stylesheet of the downloads' e-book, or null when the theme has none.</param>
public sealed record LoadedTheme(Task<ThemeTemplates> Templates, ThemeData Data, IReadOnlyList<Document> Assets, string? BookStylesheet);

/// <summary>
/// Starts parsing the theme's layouts and partials, reads its labels and navigation
/// (theme/theme.yml), and adds the files under theme/assets/ (styles, scripts, icons) to the site
/// as documents copied to /assets/. Parsing templates needs nothing but the settings, so it runs
/// in the background while content is read and rendered; <see cref="ApplyLayouts"/> waits for it.
/// </summary>
public sealed class LoadTheme : IStage
{
    public const string ThemeFolder = "theme";

    /// <summary>The e-book's stylesheet, in the theme folder.</summary>
    public const string BookStylesheet = "ebook.css";

    public LoadedTheme Process(SiteSettings settings, BuildContext context)
    {
        var folder = context.Absolute(ThemeFolder);
        var files = Directory.Exists(folder)
            ? context.Boundary.Files(folder, escape => LinkRefusal.Report(context, escape), relative => Path.GetFileName(relative).StartsWith('.'))
            : [];
        var urls = new SiteUrls(settings);
        // Read only if the boundary let it through: a theme.yml that is a link out of the site is reported, not read.
        var data = files.Contains(Path.Combine(folder, ThemeData.FileName)) || !File.Exists(Path.Combine(folder, ThemeData.FileName))
            ? ThemeData.Read(folder, $"{ThemeFolder}/{ThemeData.FileName}", context.Diagnostics)
            : null;
        // Parsing templates is the slowest part of starting a build: a preview session does it only when a theme file changed.
        // A file deleted since it was listed (an editor's save, a test's clean-up) counts as changed rather than failing the task.
        string Key() => ContentHash.Of(files.Select(f => $"{f}|{(new FileInfo(f) is { Exists: true } info ? info.Length : -1)}|{File.GetLastWriteTimeUtc(f).Ticks}")
            .Append(urls.LinkRoot).Append(urls.Origin));
        var templates = Task.Run(() => context.Cached(nameof(LoadTheme), Key, diagnostics =>
            ThemeTemplates.Load(folder, files, context.Options.Root, urls, diagnostics, dataBroken: data is null)));
        var stylesheet = files.FirstOrDefault(f => f == Path.Combine(folder, BookStylesheet));
        return new LoadedTheme(templates, data ?? ThemeData.Fallback, Assets(folder, files), stylesheet);
    }

    private static List<Document> Assets(string folder, List<string> files)
    {
        var assets = Path.Combine(folder, "assets") + Path.DirectorySeparatorChar;
        return files.Where(path => path.StartsWith(assets, StringComparison.Ordinal))
            .Select(path => (Path: path, Relative: path[assets.Length..].Replace(Path.DirectorySeparatorChar, '/')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => Document.Create($"{ThemeFolder}/assets/{f.Relative}") with
            {
                Destination = $"assets/{f.Relative}",
                Metadata = Metadata.Empty.With(Keys.Kind, "file").With(Keys.CopyFrom, f.Path).With(Keys.Url, $"/assets/{f.Relative}"),
            })
            .ToList();
    }
}
