using System.Text.RegularExpressions;
using Explainer.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Explainer.Tests.Content;

/// <summary>The deployment files stay in step with the site: same content policy, the README's build command.</summary>
public sealed partial class DeploymentTests
{
    private static string Read(string path) => File.ReadAllText(Path.Combine(RepositoryRoot.Path, path));

    [Fact]
    public void Netlify_sends_the_same_content_security_policy_as_the_pages_plus_frame_ancestors()
    {
        var meta = MetaPolicy().Match(Read("theme/partials/page-start.sbn")).Groups[1].Value;
        var header = HeaderPolicy().Match(Read("netlify.toml")).Groups[1].Value;
        Assert.NotEmpty(meta);
        Assert.Equal(meta + "; frame-ancestors 'none'", header);
        Assert.DoesNotContain("unsafe-inline", header);
        Assert.Contains("publish = \"output\"", Read("netlify.toml"));
    }

    [Fact]
    public void The_github_pages_workflow_builds_with_the_sub_path_and_publishes_the_output_folder()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Read(".github/workflows/pages.yml")));
        var text = Read(".github/workflows/pages.yml");
        Assert.Contains("dotnet run --project src/Explainer -c Release -- build --base-url", text);
        Assert.Contains("path: output", text);
        Assert.Contains("actions/deploy-pages", text);
    }

    [GeneratedRegex(@"http-equiv=""Content-Security-Policy"" content=""([^""]+)""")]
    private static partial Regex MetaPolicy();

    [GeneratedRegex(@"Content-Security-Policy = ""([^""]+)""")]
    private static partial Regex HeaderPolicy();
}
