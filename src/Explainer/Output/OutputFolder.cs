using System.Diagnostics;
using Explainer.Diagnostics;

namespace Explainer.Output;

/// <summary>
/// The site is written into a staging folder beside the output folder and swapped in only when
/// the whole build succeeded: a failed or killed build leaves the published site as it was. The
/// folder's <see cref="OutputManifest"/> says which files earlier builds wrote: only those are
/// replaced; every other file in it is carried over, and a folder of someone else's files is
/// refused unless the user asked to adopt it.
/// </summary>
public sealed class OutputFolder
{
    private OutputFolder(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    public string Target { get; }

    public string Staging { get; }

    /// <summary>Why <paramref name="output"/> may not be used, or null when the build may publish there.</summary>
    /// <param name="adopt">The user passed --adopt-output: a folder of files no build wrote may take the site.</param>
    public static (ErrorCode Code, string Message)? Refuse(string output, string root, bool adopt)
    {
        if (RefuseLocation(output, root) is { } location) return (ErrorCodes.Usage, location);
        var target = Path.GetFullPath(output);
        if (File.Exists(target)) return (ErrorCodes.Usage, $"the output folder {target} is a file; choose a folder");
        return adopt ? null : RefuseForeign(target, OutputManifest.IsIn(target));
    }

    /// <param name="built">Whether the folder holds the manifest of a build.</param>
    private static (ErrorCode Code, string Message)? RefuseForeign(string target, bool built)
    {
        if (built || !Directory.Exists(target) || FolderFiles.IsEmpty(target)) return null;
        var example = FolderFiles.Under(target).Take(2).ToList();
        var shown = example.Count == 0 ? "" : $" (such as {string.Join(", ", example)})";
        return (ErrorCodes.ForeignOutput, $"the output folder {target} holds files no build wrote{shown}; nothing was changed. " +
            "Choose an empty or new folder, or pass --adopt-output to write the site among them");
    }

    private static string? RefuseLocation(string output, string root)
    {
        string Full(string path) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var target = Full(output);
        var site = Full(root);
        if (target == site || site.StartsWith(target + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return $"the output folder {target} holds the site itself; choose a folder of its own, such as output/";
        foreach (var kept in new[] { "input", "theme", "seeds", "src", "tests", ".git" })
        {
            var folder = Path.Combine(site, kept);
            if (target == folder || target.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                return $"the output folder {target} is inside {kept}/, which the build must never replace";
        }
        return Path.GetDirectoryName(target) is null ? $"the output folder {target} cannot be a file-system root" : null;
    }

    private static int _builds;

    /// <summary>
    /// Creates a fresh staging folder, named by process and build so that builds at once (in one
    /// process or several) never share one, first removing any left by processes that were killed.
    /// </summary>
    public static OutputFolder Prepare(string output)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(target)!;
        var prefix = $".{Path.GetFileName(target)}.staging-";
        Directory.CreateDirectory(parent);
        foreach (var stale in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            var owner = Path.GetFileName(stale)[prefix.Length..].Split('-', '.')[0];
            if (int.TryParse(owner, out var pid) && IsRunning(pid)) continue;
            TryDelete(stale);
        }
        var staging = Path.Combine(parent, $"{prefix}{Environment.ProcessId}-{Interlocked.Increment(ref _builds)}");
        TryDelete(staging);
        Directory.CreateDirectory(staging);
        return new OutputFolder(target, staging);
    }

    /// <summary>
    /// Publishes the staging folder as the output folder: records what this build wrote, carries
    /// over every file no build wrote, swaps, and removes the previous site. Returns why it did not
    /// publish (then nothing was changed), or null.
    /// </summary>
    public (ErrorCode Code, string Message)? Commit(bool adopt)
    {
        using var turn = FolderLock.Acquire(Path.GetDirectoryName(Target)!);
        OutputManifest.WriteFor(Staging);
        if (Directory.Exists(Target))
        {
            var manifest = OutputManifest.Read(Target);
            if (!adopt && RefuseForeign(Target, manifest is not null) is { } refusal) return refusal;
            var foreign = ForeignFiles.In(Target, manifest);
            var clashes = ForeignFiles.Clashes(foreign, Staging);
            if (clashes.Count > 0 && !adopt)
                return (ErrorCodes.ForeignOutput, $"{Path.Combine(Target, clashes[0].TrimEnd('/'))} was not written by a build, and this build would replace it" +
                    $"{(clashes.Count > 1 ? $" (and {clashes.Count - 1} more)" : "")}; nothing was changed. Move it away, or pass --adopt-output to let the site replace it");
            ForeignFiles.CarryInto(Target, Staging, foreign.Except(clashes));
        }
        AtomicSwap.Exchange(Staging, Target);
        TryDelete(Staging);
        return null;
    }

    /// <summary>Throws the staging folder away; the output folder is untouched.</summary>
    public void Abandon() => TryDelete(Staging);

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder we cannot remove now is retried by the next build's Prepare.
        }
    }
}
