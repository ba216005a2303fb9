using System.Runtime.InteropServices;

namespace Explainer.Output;

/// <summary>
/// The files in an output folder that no build wrote: someone's own files, which a build must
/// never delete. Before the new site is swapped in they are carried into the staging folder, as
/// hard links where the file system allows (instant, and the originals are never touched), else
/// as copies; links are recreated as links.
/// </summary>
public static partial class ForeignFiles
{
    /// <summary>The entries of <paramref name="target"/> its manifest does not own (all of them when it has none).</summary>
    public static List<string> In(string target, OutputManifest? manifest) =>
        FolderFiles.Entries(target).Where(entry => manifest?.Owns(entry) != true).ToList();

    /// <summary>The foreign entries the new site would overwrite: a file or folder of the same path in <paramref name="staging"/>.</summary>
    public static List<string> Clashes(IEnumerable<string> foreign, string staging) =>
        foreign.Where(entry => entry.EndsWith('/')
                ? File.Exists(Path.Combine(staging, entry.TrimEnd('/')))
                : File.Exists(Path.Combine(staging, entry)) || Directory.Exists(Path.Combine(staging, entry)))
            .ToList();

    /// <summary>Puts every entry of <paramref name="target"/> named in <paramref name="entries"/> at the same place in <paramref name="staging"/>.</summary>
    public static void CarryInto(string target, string staging, IEnumerable<string> entries)
    {
        foreach (var entry in entries)
        {
            var to = Path.Combine(staging, entry);
            if (entry.EndsWith('/'))
            {
                Directory.CreateDirectory(to);
                continue;
            }
            var from = Path.Combine(target, entry);
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            if (new FileInfo(from).LinkTarget is { } linkTarget) File.CreateSymbolicLink(to, linkTarget);
            else if (!HardLink(from, to)) File.Copy(from, to);
        }
    }

    private static bool HardLink(string from, string to)
    {
        if (OperatingSystem.IsWindows()) return false;
        try
        {
            return link(from, to) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int link(string oldPath, string newPath);
}
