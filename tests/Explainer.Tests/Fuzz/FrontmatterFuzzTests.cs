using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.Pipeline;
using Explainer.Settings;
using Explainer.Stages;
using Explainer.Tests.Support;

namespace Explainer.Tests.Fuzz;

/// <summary>
/// Mutated frontmatter through the frontmatter stage, and mutated statiq.json and discrepancies.yml
/// through their readers: nothing throws, a file that is refused always gets an error, and every
/// diagnostic names the file, a known code and a position inside it.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class FrontmatterFuzzTests(ITestOutputHelper log) : IDisposable
{
    private static readonly (string Folder, string Kind)[] Kinds = [("topics", ContentKinds.Topic), ("glossary", ContentKinds.Term), ("sources", ContentKinds.Source)];

    private readonly string _root = Directory.CreateTempSubdirectory("explainer-fuzz-").FullName;

    [Fact]
    public void Mutated_frontmatter_settings_and_data_are_parsed_or_reported_at_a_valid_position()
    {
        var seeds = Kinds.SelectMany(k => RealContent.Files(k.Folder).Select(text => (k.Folder, k.Kind, Text: text))).ToList();
        var settings = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "statiq.json"));
        var data = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "input", "data", "discrepancies.yml"));
        var parse = new ParseFrontmatter();

        new Fuzzer("frontmatter", log).Run(
            random => random.Next(10) switch
            {
                0 => "statiq.json\n" + Mutator.Mutate(settings, random),
                1 => "discrepancies.yml\n" + Mutator.Mutate(Mutator.Window(data, random, 1500), random),
                _ => Pick(seeds, random),
            },
            input =>
            {
                var newline = input.IndexOf('\n');
                var (target, text) = (input[..newline], input[(newline + 1)..]);
                if (target == "statiq.json") CheckSettings(text);
                else if (target == "discrepancies.yml") CheckData(text);
                else CheckPage(parse, target, text);
            });
    }

    // The frontmatter of a real page, mutated; the first line names the page's kind and path.
    private static string Pick(List<(string Folder, string Kind, string Text)> seeds, Random random)
    {
        var (folder, kind, text) = seeds[random.Next(seeds.Count)];
        var split = Frontmatter.Split(text);
        var body = split.Body.Length > 300 ? split.Body[..300] : split.Body;
        var yaml = Mutator.Mutate(split.Yaml ?? "", random);
        var page = random.Next(20) == 0 ? Mutator.Mutate(text, random) : $"---\n{yaml}\n---\n{body}";
        return $"{kind}|input/{folder}/page.md\n{page}";
    }

    private void CheckPage(ParseFrontmatter stage, string target, string text)
    {
        var (kind, source) = (target.Split('|')[0], target.Split('|')[1]);
        var context = new BuildContext(BuildOptions.ForRoot(_root) with { WriteOutput = false });
        var document = Document.Create(source, text).With(Keys.Kind, kind).With(Keys.SourceHash, ContentHash.Of(text));
        var result = stage.Process(document, context);
        var diagnostics = context.Diagnostics.Sorted();
        AssertAll(diagnostics, source, text);
        // A page whose frontmatter cannot be read is kept as a failed page, and says why.
        if (result is null || result.Failed) Assert.Contains(diagnostics, d => d.IsError);
        else Assert.NotNull(result.Get(Keys.Body));
    }

    private void CheckSettings(string text)
    {
        File.WriteAllText(Path.Combine(_root, SettingsReader.FileName), text);
        var diagnostics = new DiagnosticBag();
        var (settings, readable) = SettingsReader.Read(_root, diagnostics);
        Assert.NotNull(settings.Title);
        Assert.True(readable || diagnostics.HasErrors, "unreadable settings must say why");
        AssertAll(diagnostics.Sorted(), SettingsReader.FileName, text);
    }

    private void CheckData(string text)
    {
        var diagnostics = new DiagnosticBag();
        var at = SourcePosition.StartOf("input/data/discrepancies.yml");
        if (YamlText.TryParse(text, at, diagnostics, ErrorCodes.YamlSyntax, out var root))
            new SchemaValidator(at, diagnostics, SchemaCodes.Frontmatter).ValidateRoot(root, Schema.Load("discrepancies"));
        else Assert.Contains(diagnostics.Sorted(), d => d.IsError);
        AssertAll(diagnostics.Sorted(), at.Path, text);
    }

    private void AssertAll(IEnumerable<Diagnostic> diagnostics, string path, string text)
    {
        foreach (var d in diagnostics)
        {
            Assert.Equal(path, d.Path);
            FuzzOracle.AssertDiagnostic(text, d.Line, d.Column, d.Code.Id, d.Message);
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
