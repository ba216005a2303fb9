using System.Diagnostics;

namespace Explainer.IO;

/// <summary>
/// Finds files of npm packages the build uses (Pagefind, the countries and map datasets) in
/// node_modules of the site root and its parents, then of the generator's own folder and its
/// parents. When they are missing but a package.json there lists the package, npm installs it
/// first (once), so a fresh machine needs nothing but Node.js. The installation is announced to
/// <c>notes</c> before it starts, and runs while the caller waits: the person at the terminal reads
/// why the build pauses before it pauses, never after its summary.
/// </summary>
public static class NodePackages
{
    /// <summary>The first of <paramref name="relativePaths"/> (under node_modules) that exists, installing <paramref name="package"/> if need be; null when it cannot be had.</summary>
    /// <param name="notes">Where the one-off installation is announced; nowhere when null.</param>
    public static string? Find(string siteRoot, string package, TextWriter? notes, params string[] relativePaths) =>
        Locate(siteRoot, relativePaths) ?? (Install(siteRoot, package, notes) ? Locate(siteRoot, relativePaths) : null);

    /// <summary>Every node_modules folder that may hold the site's packages, nearest first.</summary>
    public static IEnumerable<string> Folders(string siteRoot) =>
        Roots(siteRoot)
            .Select(folder => Path.Combine(folder, "node_modules"))
            .Where(Directory.Exists);

    private static string? Locate(string siteRoot, string[] relativePaths) =>
        Folders(siteRoot).SelectMany(modules => relativePaths.Select(p => Path.Combine(modules, p))).FirstOrDefault(File.Exists);

    private static readonly Lock Installing = new();

    private static bool Install(string siteRoot, string package, TextWriter? notes)
    {
        var project = Roots(siteRoot)
            .FirstOrDefault(folder => File.Exists(Path.Combine(folder, "package.json"))
                && File.ReadAllText(Path.Combine(folder, "package.json")).Contains($"\"{package}\"", StringComparison.Ordinal));
        if (project is null) return false;
        lock (Installing)
        {
            notes?.WriteLine($"Installing {package} with npm in {project} (once; the build goes on when it is done)...");
            return Run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], project).Exit == 0;
        }
    }

    /// <summary>The folders whose node_modules and package.json count, nearest first: the site root and its parents, then the generator's folder and its parents.</summary>
    private static IEnumerable<string> Roots(string siteRoot) => Ancestors(siteRoot).Concat(Ancestors(AppContext.BaseDirectory));

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(folder)); current is not null; current = current.Parent)
            yield return current.FullName;
    }

    /// <summary>Runs a program and returns its exit code and everything it printed.</summary>
    public static (int Exit, string Output) Run(string command, string[] arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, stderr + stdout.Result);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }
}
