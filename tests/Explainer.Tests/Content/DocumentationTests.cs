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

    [Fact]
    public void The_theme_section_names_every_layout_and_everything_templates_see()
    {
        var theme = Readme[Readme.IndexOf("## Theme", StringComparison.Ordinal)..Readme.IndexOf("## Error codes", StringComparison.Ordinal)];
        foreach (var layout in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "theme", "layouts")).Select(f => Path.GetFileName(f)[..^".sbn".Length]))
            Assert.Contains($"`{layout}`", theme);
        var views = typeof(Explainer.Theme.Views.PageView).Assembly.GetTypes()
            .Where(t => t.Namespace == "Explainer.Theme.Views" && t.IsPublic && !t.IsAbstract)
            .Append(typeof(Explainer.Model.TocEntry)).Append(typeof(Explainer.Model.TermBacklink)).Append(typeof(Explainer.Model.SourceBacklink));
        foreach (var property in views.SelectMany(t => t.GetProperties()).Where(p => p.DeclaringType!.Namespace is "Explainer.Theme.Views" or "Explainer.Model"))
            Assert.True(theme.Contains($"`{SnakeCase(property.Name)}`", StringComparison.Ordinal), $"README's Theme section does not name {property.DeclaringType!.Name}.{property.Name} (`{SnakeCase(property.Name)}`)");
    }

    private static string SnakeCase(string name) => string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
