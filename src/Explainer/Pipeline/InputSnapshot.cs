using System.IO.Enumeration;

namespace Explainer.Pipeline;

/// <summary>
/// The size and time of every file a build reads from the site (input/, theme/, seeds/, statiq.json),
/// taken without reading them: a preview compares two snapshots to learn which files an edit touched.
/// </summary>
public sealed class InputSnapshot
{
    private readonly Dictionary<string, (long Length, long Ticks)> _files;

    private InputSnapshot(Dictionary<string, (long Length, long Ticks)> files) => _files = files;

    public static InputSnapshot Take(BuildOptions options)
    {
        var files = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        foreach (var folder in new[] { options.Input ?? Path.Combine(options.Root, "input"), Path.Combine(options.Root, "theme"), Path.Combine(options.Root, "seeds") })
        {
            if (!Directory.Exists(folder)) continue;
            var walk = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
            // Straight from the directory entries: no FileInfo per file, as this runs at every edit of a big site.
            var entries = new FileSystemEnumerable<(string Path, long Length, long Ticks)>(folder,
                (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.Length, entry.LastWriteTimeUtc.UtcTicks), walk)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            };
            foreach (var (path, length, ticks) in entries) files[path] = (length, ticks);
        }
        var settings = new FileInfo(Path.Combine(options.Root, "statiq.json"));
        if (settings.Exists) files[settings.FullName] = (settings.Length, settings.LastWriteTimeUtc.Ticks);
        return new InputSnapshot(files);
    }

    /// <summary>The files whose size or time differ from <paramref name="earlier"/>; null when a file was added or removed.</summary>
    public IReadOnlyList<string>? ChangedSince(InputSnapshot earlier)
    {
        if (_files.Count != earlier._files.Count) return null;
        var changed = new List<string>();
        foreach (var (path, stamp) in _files)
        {
            if (!earlier._files.TryGetValue(path, out var before)) return null;
            if (before != stamp) changed.Add(path);
        }
        return changed;
    }
}
