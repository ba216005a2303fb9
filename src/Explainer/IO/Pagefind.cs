using System.Diagnostics;

namespace Explainer.IO;

/// <summary>
/// Finds the Pagefind command (npm package "pagefind") and runs it over a built site. It is
/// looked for in node_modules/.bin of the site root and its parents, then of the generator's
/// own folder and its parents; when only a package.json that lists it is found, npm installs it
/// first, so a fresh machine needs nothing but Node.js.
/// </summary>
public static class Pagefind
{
    public const string NotInstalled = "Pagefind is not installed and could not be installed: put a package.json that lists \"pagefind\" beside the site and make sure Node.js and npm are on the PATH";

    public static (bool Ok, string Message) Index(string siteRoot, string outputFolder)
    {
        var command = Command(siteRoot);
        if (command is null) return (false, NotInstalled);
        var (exit, output) = Run(command, ["--site", outputFolder, "--quiet"], Path.GetDirectoryName(outputFolder)!);
        return exit == 0 ? (true, "") : (false, $"pagefind failed (exit {exit}): {Last(output)}");
    }

    /// <summary>The Pagefind command for a site (installing it with npm when only a package.json lists it), or null.</summary>
    public static string? Command(string siteRoot) => Locate(siteRoot) ?? Install(siteRoot);

    // The platform package's native binary first: the npm wrapper script would add a Node.js start (~0.2 s) to every build.
    private static string? Locate(string siteRoot) =>
        Ancestors(siteRoot).Concat(Ancestors(AppContext.BaseDirectory))
            .Select(folder => Path.Combine(folder, "node_modules"))
            .Where(Directory.Exists)
            .SelectMany(modules => NativeBinaries(modules).Append(Path.Combine(modules, ".bin", "pagefind")))
            .FirstOrDefault(File.Exists);

    private static IEnumerable<string> NativeBinaries(string modules)
    {
        var platform = Path.Combine(modules, "@pagefind");
        if (!Directory.Exists(platform)) return [];
        return Directory.EnumerateDirectories(platform).Order(StringComparer.Ordinal)
            .SelectMany(package => new[] { Path.Combine(package, "bin", "pagefind_extended"), Path.Combine(package, "bin", "pagefind") })
            .Where(binary => File.Exists(binary) && CanRun(binary));
    }

    private static bool CanRun(string binary) => OperatingSystem.IsWindows()
        || (File.GetUnixFileMode(binary) & UnixFileMode.UserExecute) != 0;

    private static string? Install(string siteRoot)
    {
        var project = Ancestors(siteRoot).Concat(Ancestors(AppContext.BaseDirectory))
            .FirstOrDefault(folder => File.Exists(Path.Combine(folder, "package.json"))
                && File.ReadAllText(Path.Combine(folder, "package.json")).Contains("\"pagefind\"", StringComparison.Ordinal));
        if (project is null) return null;
        Console.Error.WriteLine($"Installing Pagefind with npm in {project} (once)...");
        var (exit, _) = Run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], project);
        return exit == 0 ? Locate(siteRoot) : null;
    }

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var current = new DirectoryInfo(Path.GetFullPath(folder)); current is not null; current = current.Parent)
            yield return current.FullName;
    }

    private static (int Exit, string Output) Run(string command, string[] arguments, string workingDirectory)
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

    private static string Last(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}
