using System.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Packaging;

/// <summary>The generator packs as a .NET tool, installs from a local folder and builds a site, as README describes.</summary>
public sealed class DotnetToolTests
{
    [Fact]
    public void The_packed_tool_installs_and_builds_a_site()
    {
        // A site of its own, away from this repository's node_modules: without Node tools, the settings switch off what needs them.
        using var site = TestSite.From(Trees.Small + "\n-- statiq.json --\n{ \"Title\": \"Test site\", \"Host\": \"example.org\", \"SearchIndex\": false, \"Countries\": false }");
        var work = Directory.CreateTempSubdirectory("explainer-tool-").FullName;
        try
        {
            // Pack a copy of the sources, so the test never touches the build folders of the working tree.
            var copy = Path.Combine(work, "repo");
            foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "README.md" })
                File.Copy(Path.Combine(RepositoryRoot.Path, file), Path.Combine(Directory.CreateDirectory(copy).FullName, file));
            CopySources(Path.Combine(RepositoryRoot.Path, "src", "Explainer"), Path.Combine(copy, "src", "Explainer"));
            Run("dotnet", ["pack", Path.Combine(copy, "src", "Explainer", "Explainer.csproj"), "-c", "Release", "-o", Path.Combine(work, "packages")]);
            Run("dotnet", ["tool", "install", "Explainer", "--tool-path", Path.Combine(work, "tools"), "--add-source", Path.Combine(work, "packages")]);
            var (exit, output) = Run(Path.Combine(work, "tools", "explainer"), ["build", "--root", site.Root], check: false);
            Assert.True(exit == 0, output);
            Assert.True(site.Exists("topics/at-home/index.html"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void CopySources(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.Split(Path.DirectorySeparatorChar)[0] is "bin" or "obj") continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static (int Exit, string Output) Run(string command, string[] arguments, bool check = true)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var all = output.Result + error;
        if (check) Assert.True(process.ExitCode == 0, $"{command} {string.Join(' ', arguments)} failed:\n{all}");
        return (process.ExitCode, all);
    }
}
