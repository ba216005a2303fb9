using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Explainer.Pipeline;

namespace Explainer.BrowserTests.Support;

/// <summary>
/// The real site (the repository's statiq.json, input/, seeds/ and theme/), copied to a
/// temporary folder and built in-process with the search index on and the given link root,
/// into a temporary output folder.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    private readonly string temp;

    private BuiltSite(string temp, string output)
    {
        this.temp = temp;
        Output = output;
    }

    public string Output { get; }

    public static BuiltSite Build(string linkRoot)
    {
        var temp = Directory.CreateTempSubdirectory("explainer-browser-").FullName;
        var root = System.IO.Path.Combine(temp, "site");
        foreach (var folder in new[] { "input", "seeds", "theme" })
            CopyFolder(System.IO.Path.Combine(RepositoryRoot.Path, folder), System.IO.Path.Combine(root, folder));
        var settings = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "statiq.json")))!.AsObject();
        settings.Remove("$schema");
        settings["SearchIndex"] = true;
        settings["LinkRoot"] = linkRoot;
        File.WriteAllText(System.IO.Path.Combine(root, "statiq.json"), settings.ToJsonString());

        var output = System.IO.Path.Combine(temp, "output");
        var result = SiteBuilder.Build(BuildOptions.ForRoot(root, output));
        if (!result.Succeeded || !result.Published)
            throw new InvalidOperationException("the real site did not build:\n" + string.Join('\n', result.Diagnostics));
        return new BuiltSite(temp, output);
    }

    /// <summary>Site paths of every HTML page except redirect pages, e.g. "/", "/topics/africa/", "/404.html".</summary>
    public IReadOnlyList<string> Pages() => HtmlFiles(includeRedirects: false);

    /// <summary>Site paths of every HTML file, redirect pages (made from aliases) included.</summary>
    public IReadOnlyList<string> HtmlFiles(bool includeRedirects = true) => Directory
        .EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
        .Where(file => includeRedirects || !IsRedirect(file))
        .Select(file => "/" + System.IO.Path.GetRelativePath(Output, file).Replace('\\', '/'))
        .Where(path => !path.StartsWith("/pagefind/", StringComparison.Ordinal))
        .Select(path => path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path)
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The written HTML of a page, by site path ("/topics/" or "/404.html"), parsed.</summary>
    public IHtmlDocument Html(string path)
    {
        var relative = path.TrimStart('/');
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        return new HtmlParser().ParseDocument(File.ReadAllText(System.IO.Path.Combine(Output, relative)));
    }

    public void Dispose()
    {
        try { Directory.Delete(temp, recursive: true); } catch (IOException) { }
    }

    private static bool IsRedirect(string file) => File.ReadAllText(file).Contains("http-equiv=\"refresh\"", StringComparison.Ordinal);

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
