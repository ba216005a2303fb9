using System.Text.Json.Nodes;

namespace Explainer.Tests.Support;

/// <summary>A copy of the repository's real site (statiq.json, input/, seeds/, theme/) in a temporary folder.</summary>
public static class RealSite
{
    public static TestSite Copy(bool searchIndex)
    {
        var site = TestSite.From("");
        foreach (var folder in new[] { "input", "seeds", "theme" })
            TestSite.CopyFolder(Path.Combine(RepositoryRoot.Path, folder), Path.Combine(site.Root, folder));
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "statiq.json")))!.AsObject();
        settings.Remove("$schema");
        settings["SearchIndex"] = searchIndex;
        site.Write("statiq.json", settings.ToJsonString());
        return site;
    }
}
