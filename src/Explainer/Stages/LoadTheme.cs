using Explainer.Pipeline;
using Explainer.Theme;

namespace Explainer.Stages;

/// <summary>
/// Starts compiling the theme's layouts and partials, and adds the files under theme/assets/
/// (styles, scripts, icons) to the site as documents copied to /assets/. Compiling templates is
/// one of the slowest parts of a cold build and needs nothing but the settings, so it runs in the
/// background while content is read and rendered; <see cref="ApplyLayouts"/> waits for it.
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
        string Key() => ContentHash.Of(files.Select(f => $"{f}|{new FileInfo(f).Length}|{File.GetLastWriteTimeUtc(f).Ticks}")
            .Append(context.Urls.LinkRoot).Append(context.Urls.Origin));
        context.ThemeLoading = Task.Run(() => context.Cached(nameof(LoadTheme), Key, diagnostics =>
            ThemeTemplates.Load(folder, context.Options.Root, context.Urls, diagnostics)));
        return documents.Concat(Assets(folder)).ToList();
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
