using Explainer.Tests.Support;

namespace Explainer.Tests.Specs;

/// <summary>Runs every example of the spec files in this folder, which double as the syntax documentation.</summary>
public sealed class SpecTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Specs");

    public static TheoryData<string, int> Examples()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.EnumerateFiles(Folder, "*.md").Order(StringComparer.Ordinal))
            foreach (var example in SpecExample.Read(file)) data.Add(example.File, example.Number);
        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_renders_as_the_spec_says(string file, int number)
    {
        var example = SpecExample.Read(Path.Combine(Folder, file)).Single(e => e.Number == number);
        var (html, diagnostics) = SpecFixture.Render(example.Markdown);
        if (example.Html.Length > 0 || example.Diagnostics.Count == 0)
            Assert.Equal(example.Html, html);
        Assert.True(example.Diagnostics.Count == diagnostics.Count,
            $"{example}: expected diagnostics\n  {string.Join("\n  ", example.Diagnostics)}\nbut got\n  {string.Join("\n  ", diagnostics)}");
        for (var i = 0; i < diagnostics.Count; i++)
            Assert.StartsWith(example.Diagnostics[i], diagnostics[i], StringComparison.Ordinal);
    }
}
