using Explainer.IO;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

/// <summary>
/// A package the build needs and a package.json lists is installed once with npm, and the person at
/// the terminal is told before the install runs, never after the work it delayed. The package here
/// is a local folder (a file: dependency), so npm needs no network.
/// </summary>
public sealed class NodePackagesTests
{
    /// <summary>Records, for each line written, whether the package was installed yet.</summary>
    private sealed class Notes(string modules) : StringWriter
    {
        public List<(string Line, bool Installed)> Lines { get; } = [];

        public override void WriteLine(string? value) => Lines.Add((value ?? "", Directory.Exists(modules)));
    }

    [Fact]
    public void An_install_is_announced_before_it_runs_and_the_package_is_found_after_it()
    {
        Assert.SkipWhen(!PagefindBundle.OnPath("npm"), "npm is not installed");
        var root = Directory.CreateTempSubdirectory("explainer-npm-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "local-data"));
            File.WriteAllText(Path.Combine(root, "local-data", "package.json"), """{ "name": "local-data", "version": "1.0.0" }""");
            File.WriteAllText(Path.Combine(root, "local-data", "data.json"), "{}");
            File.WriteAllText(Path.Combine(root, "package.json"), """{ "name": "site", "private": true, "dependencies": { "local-data": "file:./local-data" } }""");
            var notes = new Notes(Path.Combine(root, "node_modules"));

            var found = NodePackages.Find(root, "local-data", notes, Path.Combine("local-data", "data.json"));

            Assert.Equal(Path.Combine(root, "node_modules", "local-data", "data.json"), found);
            Assert.Equal([($"Installing local-data with npm in {root} (once; the build goes on when it is done)...", false)], notes.Lines);
            Assert.Equal(found, NodePackages.Find(root, "local-data", notes, Path.Combine("local-data", "data.json")));
            Assert.Single(notes.Lines);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
