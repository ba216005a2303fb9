using Explainer.Data;
using Explainer.Diagnostics;

namespace Explainer.Tests.Unit;

public sealed class SchemaValidatorTests
{
    private static (ValidatedData Data, IReadOnlyList<Diagnostic> Problems) Validate(string yaml, string schema = "topic")
    {
        var diagnostics = new DiagnosticBag();
        var origin = new SourcePosition("t.md", 2, 1);
        Assert.True(YamlText.TryParse(yaml, origin, diagnostics, ErrorCodes.YamlSyntax, out var root));
        var data = new SchemaValidator(origin, diagnostics, SchemaCodes.Frontmatter).ValidateRoot(root, Schema.Load(schema));
        return (data, diagnostics.Sorted());
    }

    [Fact]
    public void Converts_values_to_their_types_and_remembers_where_they_are()
    {
        var (data, problems) = Validate("title: A\ndescription: B\norder: 3\ndate: 2020-02-29\ndraft: false\ntags: [a, b-c]");
        Assert.Empty(problems);
        Assert.Equal(3, data.Values["order"]);
        Assert.Equal(new DateOnly(2020, 2, 29), data.Values["date"]);
        Assert.Equal(false, data.Values["draft"]);
        Assert.Equal(["a", "b-c"], (IEnumerable<object?>)data.Values["tags"]!);
        Assert.Equal(new SourcePosition("t.md", 7, 11), data.Positions["tags[1]"]);
    }

    [Fact]
    public void Reports_every_problem_with_its_position()
    {
        var (_, problems) = Validate("titel: A\norder: three\ndate: 2021-02-30\ntags: fine");
        Assert.Equal([
            "t.md:2:1: EXP203 unknown key 'titel' (did you mean 'title'?)",
            "t.md:2:1: EXP206 missing required key 'description' (one sentence, used in lists, search results and social cards)",
            "t.md:3:8: EXP204 'order' must be a whole number, not 'three'",
            "t.md:4:7: EXP205 'date' is '2021-02-30', which is not a valid date; write YYYY-MM-DD",
            "t.md:5:7: EXP204 'tags' must be a list, not 'fine'",
        ], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void An_empty_required_value_is_reported_as_empty()
    {
        var (_, problems) = Validate("title:\ndescription: x");
        Assert.Equal(["t.md:2:1: EXP206 'title' is required but empty"], problems.Select(p => p.ToString()));
    }

    [Fact]
    public void Source_dates_may_be_partial()
    {
        var (data, problems) = Validate("seed: a.txt\ntitle: T\ntype: report\nissued: 2018-11", "source");
        Assert.Empty(problems);
        Assert.Equal(new PartialDate(2018, 11), data.Values["issued"]);
    }
}
