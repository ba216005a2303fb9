namespace Explainer.Output;

/// <summary>
/// The record of what a build wrote into its output folder, kept in the folder as
/// <see cref="FileName"/>: one path per line, relative to the folder, in ordinal order. The next
/// build replaces exactly these files; anything else in the folder belongs to someone else and is
/// kept, as Statiq's default clean mode does. A line ending in "/" claims a whole folder that
/// another program writes for the build (Pagefind's index).
/// </summary>
public sealed class OutputManifest
{
    public const string FileName = ".explainer-output";

    private const string Header = "# Written by Explainer. The next build replaces the files listed here and keeps every other file in this folder.";

    /// <summary>Folders written wholesale by tools the build runs, whose file names change from build to build.</summary>
    private static readonly string[] ClaimedFolders = ["pagefind/"];

    private readonly HashSet<string> _files;
    private readonly string[] _folders;

    private OutputManifest(IEnumerable<string> entries)
    {
        var all = entries.ToList();
        _folders = all.Where(e => e.EndsWith('/')).ToArray();
        _files = new HashSet<string>(all.Where(e => !e.EndsWith('/')), StringComparer.Ordinal);
    }

    /// <summary>Whether the build that wrote this manifest wrote <paramref name="relativePath"/> (forward slashes).</summary>
    public bool Owns(string relativePath) =>
        relativePath == FileName || _files.Contains(relativePath) || _folders.Any(f => relativePath.StartsWith(f, StringComparison.Ordinal));

    /// <summary>The manifest in <paramref name="folder"/>, or null when the folder is not the output of a build.</summary>
    public static OutputManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header) return null;
        return new OutputManifest(lines.Skip(1).Where(line => line.Length > 0));
    }

    /// <summary>
    /// Whether <paramref name="folder"/> is the output of a build: it holds a manifest, whatever the
    /// manifest lists. Reads only the header line, for the check at the start of every build.
    /// </summary>
    public static bool IsIn(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) && File.ReadLines(path).FirstOrDefault() == Header;
    }

    /// <summary>Records every file now in <paramref name="folder"/> as written by this build.</summary>
    public static void WriteFor(string folder)
    {
        var entries = OwnedEntries(FolderFiles.Under(folder).Where(f => f != FileName));
        File.WriteAllLines(Path.Combine(folder, FileName), entries.Prepend(Header));
    }

    /// <summary>Adds and removes entries after a preview session changed the published folder in place.</summary>
    public static void Update(string folder, IEnumerable<string> written, IEnumerable<string> removed)
    {
        var current = Read(folder);
        // Pages written again where they were: the manifest already lists them.
        if (current is not null && !removed.Any() && written.All(current.Owns)) return;
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        if (current is not null) entries.UnionWith(current._files.Concat(current._folders));
        entries.ExceptWith(removed);
        entries.UnionWith(OwnedEntries(written));
        File.WriteAllLines(Path.Combine(folder, FileName), entries.Prepend(Header));
    }

    private static IEnumerable<string> OwnedEntries(IEnumerable<string> files)
    {
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
            entries.Add(ClaimedFolders.FirstOrDefault(f => file.StartsWith(f, StringComparison.Ordinal)) ?? file);
        return entries;
    }
}
