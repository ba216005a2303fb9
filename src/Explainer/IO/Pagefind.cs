namespace Explainer.IO;

/// <summary>
/// Finds the Pagefind command (npm package "pagefind", see <see cref="NodePackages"/>). The
/// platform package's native binary comes first: the npm wrapper script would add a Node.js start
/// (~0.2 s) to every build. Builds and previews run it as a service (<see cref="PagefindService"/>),
/// handing it the pages to index.
/// </summary>
public static class Pagefind
{
    public const string NotInstalled = "Pagefind is not installed and could not be installed: put a package.json that lists \"pagefind\" beside the site and make sure Node.js and npm are on the PATH";

    /// <summary>The Pagefind command for a site (installing it with npm when only a package.json lists it, announced to <paramref name="notes"/>), or null.</summary>
    public static string? Command(string siteRoot, TextWriter? notes) =>
        Locate(siteRoot) ?? (NodePackages.Find(siteRoot, "pagefind", notes, Path.Combine(".bin", "pagefind")) is not null ? Locate(siteRoot) : null);

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
}
