using Explainer.Pipeline;
using Explainer.Theme;

namespace Explainer.Stages;

/// <summary>
/// Compiles the theme's layouts and partials, and adds the files under theme/assets/ (styles,
/// scripts, icons) to the site as documents copied to /assets/.
/// </summary>
public sealed class LoadTheme : CollectionStage
{
    public const string ThemeFolder = "theme";

    public override IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        var folder = context.Absolute(ThemeFolder);
        var files = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [];
        // Compiling templates is the slowest part of starting a build: a preview session does it only when a theme file changed.
        var key = ContentHash.Of(files.Select(f => $"{f}|{new FileInfo(f).Length}|{File.GetLastWriteTimeUtc(f).Ticks}")
            .Append(context.Urls.LinkRoot).Append(context.Urls.Origin));
        var (theme, assets) = context.Cached(nameof(LoadTheme), key, diagnostics =>
            (ThemeTemplates.Load(folder, context.Options.Root, context.Urls, diagnostics), Assets(folder)));
        context.Theme = theme;
        return documents.Concat(assets).ToList();
    }

    private static List<Document> Assets(string folder)
    {
        var assets = Path.Combine(folder, "assets");
        if (!Directory.Exists(assets)) return [];
        return Directory.EnumerateFiles(assets, "*", SearchOption.AllDirectories)
            .Select(path => (Path: path, Relative: Path.GetRelativePath(assets, path).Replace(Path.DirectorySeparatorChar, '/')))
            .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Select(f => Document.Create($"{ThemeFolder}/assets/{f.Relative}") with
            {
                Destination = $"assets/{f.Relative}",
                Metadata = Metadata.Empty.With(Keys.Kind, "file").With(Keys.CopyFrom, f.Path).With(Keys.Url, $"/assets/{f.Relative}"),
            })
            .ToList();
    }
}
