namespace Explainer.Output;

/// <summary>
/// What a folder holds, as paths relative to it with forward slashes: files, symbolic links (never
/// followed, so a link to a folder elsewhere is one entry) and empty folders (ending in "/").
/// </summary>
public static class FolderFiles
{
    public static IEnumerable<string> Under(string folder) => Entries(folder).Where(e => !e.EndsWith('/'));

    /// <summary>Files, links and empty folders, in ordinal order.</summary>
    public static List<string> Entries(string folder)
    {
        var entries = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            var any = false;
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos())
            {
                any = true;
                if (entry is DirectoryInfo && entry.LinkTarget is null) pending.Push(entry.FullName);
                else entries.Add(Relative(folder, entry.FullName));
            }
            if (!any && current != folder) entries.Add(Relative(folder, current) + "/");
        }
        entries.Sort(StringComparer.Ordinal);
        return entries;
    }

    /// <summary>Whether <paramref name="folder"/> holds anything at all.</summary>
    public static bool IsEmpty(string folder) => !Directory.EnumerateFileSystemEntries(folder).Any();

    private static string Relative(string folder, string path) =>
        Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
}
