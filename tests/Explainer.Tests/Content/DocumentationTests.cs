using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.Tests.Support;

namespace Explainer.Tests.Content;

/// <summary>README documents every error code and every setting, so the table never drifts from the code.</summary>
public sealed class DocumentationTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

    [Fact]
    public void Every_error_code_is_in_the_README_table_with_its_meaning()
    {
        foreach (var code in ErrorCodes.All)
            Assert.Contains($"| `{code.Id}` | {code.Meaning} |", Readme);
    }

    [Fact]
    public void Every_setting_is_documented_in_the_README()
    {
        foreach (var key in Schema.Load("statiq").Properties.Keys)
            Assert.Contains($"| `{key}` |", Readme);
    }
}
