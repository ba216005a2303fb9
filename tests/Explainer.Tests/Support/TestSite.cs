using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Explainer.Pipeline;

namespace Explainer.Tests.Support;

/// <summary>
/// A throw-away site written from an inline file tree, as in Hugo's integration tests: the test
/// data stays visible in the test. Sections start with a line <c>-- path --</c>. Without a
/// statiq.json the site gets a small default (search off, so tests need no Node.js; downloads
/// off, which tests of the downloads switch on); without theme files it gets the repository's theme.
/// </summary>
public sealed class TestSite : IDisposable
{
    public const string DefaultSettings = """{ "Title": "Test site", "Host": "example.org", "SearchIndex": false, "Downloads": false }""";

    private TestSite(string root) => Root = root;

    public string Root { get; }

    public string Output => System.IO.Path.Combine(Root, "output");

    public static TestSite From(string tree)
    {
        var root = Directory.CreateTempSubdirectory("explainer-test-").FullName;
        var site = new TestSite(root);
        var files = Parse(tree);
        if (!files.ContainsKey("statiq.json")) files["statiq.json"] = DefaultSettings;
        foreach (var (path, content) in files) site.Write(path, content);
        if (!files.Keys.Any(k => k.StartsWith("theme/", StringComparison.Ordinal)))
            CopyFolder(System.IO.Path.Combine(RepositoryRoot.Path, "theme"), System.IO.Path.Combine(root, "theme"));
        Directory.CreateDirectory(System.IO.Path.Combine(root, "input"));
        return site;
    }

    /// <summary>Splits an inline tree into files; content keeps its line breaks, minus the one ending the section.</summary>
    public static Dictionary<string, string> Parse(string tree)
    {
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var lines = new List<string>();
        foreach (var line in tree.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                if (current is not null) files[current] = string.Join('\n', lines).TrimEnd('\n') + "\n";
                current = line[3..^3].Trim();
                lines.Clear();
                continue;
            }
            lines.Add(line);
        }
        if (current is not null) files[current] = string.Join('\n', lines).TrimEnd('\n') + "\n";
        return files;
    }

    public void Write(string relativePath, string content)
    {
        var path = System.IO.Path.Combine(Root, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>A file of the site itself (not of its output), by its path under the site root.</summary>
    public string ReadInput(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Root, relativePath));

    public BuildResult Build(Func<BuildOptions, BuildOptions>? configure = null)
    {
        var options = BuildOptions.ForRoot(Root) with { Parallelism = 2 };
        return SiteBuilder.Build(configure is null ? options : configure(options));
    }

    /// <summary>Builds and fails the test, listing every diagnostic, unless the build succeeded.</summary>
    public BuildResult BuildOk(Func<BuildOptions, BuildOptions>? configure = null)
    {
        var result = Build(configure);
        Assert.True(result.Succeeded, "build failed:\n" + string.Join('\n', result.Diagnostics));
        return result;
    }

    public bool Exists(string outputPath) => File.Exists(System.IO.Path.Combine(Output, outputPath));

    public string Read(string outputPath) => File.ReadAllText(System.IO.Path.Combine(Output, outputPath));

    public IHtmlDocument Html(string outputPath) => new HtmlParser().ParseDocument(Read(outputPath));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    public static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
