using System.Text.Json;
using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.Stages;
using Explainer.Tests.Support;

namespace Explainer.Tests.Content;

/// <summary>
/// The JSON Schemas in src/Explainer/Schemas are what editors' tools validate with and what the
/// build validates with; both must accept the real content and settings.
/// </summary>
public sealed class SchemaTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "src", "Explainer", "Schemas");

    public static TheoryData<string> ContentFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "input"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepositoryRoot.Path, file).Replace('\\', '/'));
        return data;
    }

    [Theory]
    [MemberData(nameof(ContentFiles))]
    public void Every_content_file_satisfies_its_kind_s_schema(string file)
    {
        var kind = ContentKinds.Of(file["input/".Length..])!;
        var split = Frontmatter.Split(File.ReadAllText(Path.Combine(RepositoryRoot.Path, file)));
        var diagnostics = new DiagnosticBag();
        var origin = new SourcePosition(file, split.YamlLine, 1);
        Assert.True(YamlText.TryParse(split.Yaml ?? "", origin, diagnostics, ErrorCodes.YamlSyntax, out var root));
        new SchemaValidator(origin, diagnostics, SchemaCodes.Frontmatter).ValidateRoot(root, Schema.Load(kind));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Statiq_json_and_the_discrepancy_data_satisfy_their_schemas()
    {
        var diagnostics = new DiagnosticBag();
        Explainer.Settings.SettingsReader.Read(RepositoryRoot.Path, diagnostics);
        var data = Path.Combine(RepositoryRoot.Path, "input", "data", "discrepancies.yml");
        var origin = SourcePosition.StartOf("input/data/discrepancies.yml");
        Assert.True(YamlText.TryParse(File.ReadAllText(data), origin, diagnostics, ErrorCodes.YamlSyntax, out var root));
        new SchemaValidator(origin, diagnostics, SchemaCodes.Frontmatter).ValidateRoot(root, Schema.Load("discrepancies"));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void The_theme_data_passes_its_schema()
    {
        var diagnostics = new DiagnosticBag();
        var data = Explainer.Theme.ThemeData.Read(Path.Combine(RepositoryRoot.Path, "theme"), "theme/theme.yml", diagnostics)!;
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(["topics", "glossary", "sources", "countries"], data.Menu);
        Assert.Equal("Glossary", data.Section("glossary").Label);
    }

    [Fact]
    public void Every_schema_is_a_draft_07_json_schema_that_rejects_unknown_keys()
    {
        var files = Directory.EnumerateFiles(Folder, "*.schema.json").ToList();
        Assert.Equal(10, files.Count);
        foreach (var file in files)
        {
            var root = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            Assert.Equal("http://json-schema.org/draft-07/schema#", root.GetProperty("$schema").GetString());
            Assert.Equal("object", root.GetProperty("type").GetString());
            Assert.False(root.GetProperty("additionalProperties").GetBoolean(), file);
            Assert.True(root.TryGetProperty("title", out _), file);
        }
    }
}
