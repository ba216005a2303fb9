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
            ? context.Boundary.Files(folder, escape => LinkRefusal.Report(context, escape), relative => Path.GetFileName(relative).StartsWith('.'))
            : [];
        // Compiling templates is the slowest part of starting a build: a preview session does it only when a theme file changed.
        string Key() => ContentHash.Of(files.Select(f => $"{f}|{new FileInfo(f).Length}|{File.GetLastWriteTimeUtc(f).Ticks}")
            .Append(context.Urls.LinkRoot).Append(context.Urls.Origin));
        context.ThemeLoading = Task.Run(() => context.Cached(nameof(LoadTheme), Key, diagnostics =>
            ThemeTemplates.Load(folder, files, context.Options.Root, context.Urls, diagnostics)));
        return documents.Concat(Assets(folder, files)).ToList();
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
