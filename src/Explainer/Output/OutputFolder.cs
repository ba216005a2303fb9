using System.Diagnostics;

namespace Explainer.Output;

/// <summary>
/// The site is written into a staging folder beside the output folder and swapped in only when
/// the whole build succeeded: a failed or killed build leaves the published site as it was.
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

    /// <summary>Why <paramref name="output"/> may not be used, or null when it is safe to replace.</summary>
    public static string? Refuse(string output, string root)
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

    /// <summary>Creates a fresh staging folder, first removing any left by builds that were killed.</summary>
    public static OutputFolder Prepare(string output)
    {
        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        var parent = Path.GetDirectoryName(target)!;
        var prefix = $".{Path.GetFileName(target)}.staging-";
        Directory.CreateDirectory(parent);
        foreach (var stale in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(stale)[prefix.Length..].Split('.')[0], out var pid) && IsRunning(pid)) continue;
            TryDelete(stale);
        }
        var staging = Path.Combine(parent, prefix + Environment.ProcessId);
        TryDelete(staging);
        Directory.CreateDirectory(staging);
        return new OutputFolder(target, staging);
    }

    /// <summary>Publishes the staging folder as the output folder and removes the previous site.</summary>
    public void Commit()
    {
        AtomicSwap.Exchange(Staging, Target);
        TryDelete(Staging);
    }

    /// <summary>Throws the staging folder away; the output folder is untouched.</summary>
    public void Abandon() => TryDelete(Staging);

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId) return false;
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
