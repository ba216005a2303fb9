namespace Explainer.IO;

/// <summary>
/// Finds the Pagefind command (npm package "pagefind", see <see cref="NodePackages"/>) and runs
/// it over a built site. The platform package's native binary comes first: the npm wrapper script
/// would add a Node.js start (~0.2 s) to every build.
/// </summary>
public static class Pagefind
{
    public const string NotInstalled = "Pagefind is not installed and could not be installed: put a package.json that lists \"pagefind\" beside the site and make sure Node.js and npm are on the PATH";

    public static (bool Ok, string Message) Index(string siteRoot, string outputFolder)
    {
        var command = Command(siteRoot);
        if (command is null) return (false, NotInstalled);
        var (exit, output) = NodePackages.Run(command, ["--site", outputFolder, "--quiet"], Path.GetDirectoryName(outputFolder)!);
        return exit == 0 ? (true, "") : (false, $"pagefind failed (exit {exit}): {Last(output)}");
    }

    /// <summary>The Pagefind command for a site (installing it with npm when only a package.json lists it), or null.</summary>
    public static string? Command(string siteRoot) =>
        Locate(siteRoot) ?? (NodePackages.Find(siteRoot, "pagefind", Path.Combine(".bin", "pagefind")) is not null ? Locate(siteRoot) : null);

    private static string? Locate(string siteRoot) =>
        NodePackages.Folders(siteRoot)
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

    private static string Last(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "no output";
}
