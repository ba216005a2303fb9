using System.Runtime.InteropServices;

namespace Explainer.IO;

/// <summary>
/// The folders a build may read: the site root, and the content folder when --input puts it
/// elsewhere. A symbolic link under them (to a file or a folder) is followed only when its real
/// target stays inside; a link that leaves would publish whatever it points at (a private key, a
/// CI credential) and is refused. Hard links cannot be told from ordinary files and are not
/// covered.
/// </summary>
public sealed partial class SiteBoundary
{
    private readonly string[] _roots;

    public SiteBoundary(params string[] roots) =>
        _roots = roots.Select(root => RealPath(root) ?? Path.GetFullPath(root)).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>A link that was not followed: where it is and where it points.</summary>
    public sealed record Escape(string Path, string Target, bool IsFolder);

    /// <summary>
    /// Where <paramref name="path"/> really leads when that is outside the boundary; null when it
    /// stays inside or does not exist. Links anywhere along the path count, not only the last one.
    /// </summary>
    public string? Outside(string path)
    {
        var real = RealPath(path);
        return real is null || IsInside(real) ? null : real;
    }

    /// <summary>
    /// Every file under <paramref name="folder"/>, following links that stay inside (each real
    /// folder once, so a loop of links ends) and reporting those that leave.
    /// </summary>
    /// <param name="ignore">Names of files and folders that are never content (editor swap files, .git), by their path relative to <paramref name="folder"/>.</param>
    public List<string> Files(string folder, Action<Escape> refused, Func<string, bool>? ignore = null)
    {
        var files = new List<string>();
        if (Outside(folder) is { } away)
        {
            refused(new Escape(folder, away, IsFolder: true));
            return files;
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(RealPath(current) ?? current)) continue;
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos())
            {
                if (ignore?.Invoke(Path.GetRelativePath(folder, entry.FullName).Replace(Path.DirectorySeparatorChar, '/')) == true) continue;
                if (entry.LinkTarget is not null && Outside(entry.FullName) is { } target)
                {
                    refused(new Escape(entry.FullName, target, Directory.Exists(entry.FullName)));
                    continue;
                }
                if (Directory.Exists(entry.FullName)) pending.Push(entry.FullName);
                else if (File.Exists(entry.FullName)) files.Add(entry.FullName);
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private bool IsInside(string real) =>
        _roots.Any(root => real == root || real.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal));

    /// <summary>The path with every link resolved, or null when it does not exist (or leads nowhere).</summary>
    private static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var full = Path.GetFullPath(path);
            return File.Exists(full) || Directory.Exists(full) ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : null;
        }
        var resolved = realpath(path, 0);
        if (resolved == 0) return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            free(resolved);
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial nint realpath(string path, nint resolved);

    [LibraryImport("libc")]
    private static partial void free(nint pointer);
}
