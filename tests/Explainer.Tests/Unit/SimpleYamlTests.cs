using Explainer.Data;
using Explainer.Tests.Support;

namespace Explainer.Tests.Unit;

/// <summary>The fast frontmatter reader gives exactly what the full YAML parser gives, or declines.</summary>
public sealed class SimpleYamlTests
{
    [Theory]
    [InlineData("title: A\ndescription: \"Quoted: yes\"\norder: 3\ntags: [a, b-c]\nrelated:\n  - x\n  - 'y z'\ndraft:\n")]
    [InlineData("term: Golden Shield\naliases: [\"Great Firewall\", GFW]\nshort: It blocks sites.\n")]
    [InlineData("title:   spaced   \nempty: []\nlist:\n- at the margin\n- again\nurl: http://example.org/a?b=c\n")]
    public void Reads_simple_frontmatter_exactly_as_the_full_parser(string yaml) =>
        AssertSame(yaml, SimpleYaml.TryRead(yaml) ?? throw new Xunit.Sdk.XunitException("declined"));

    [Theory]
    [InlineData("cleanup:\n  drop: [a]\n")]
    [InlineData("title: a # comment\n")]
    [InlineData("title: \"esc\\\"aped\"\n")]
    [InlineData("title: a\ntitle: b\n")]
    [InlineData("title: >\n  folded\n")]
    [InlineData("title: key: value\n")]
    [InlineData("title: [a, [b]]\n")]
    [InlineData("\ttitle: a\n")]
    public void Declines_what_it_does_not_read(string yaml) => Assert.Null(SimpleYaml.TryRead(yaml));

    [Fact]
    public void Agrees_with_the_full_parser_on_all_real_frontmatter_and_thousands_of_mutations()
    {
        var random = new Random(20241121);
        var samples = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "input"), "*.md", SearchOption.AllDirectories)
            .Select(f => Frontmatter.Split(File.ReadAllText(f)).Yaml ?? "").ToList();
        var checkedCount = 0;
        foreach (var yaml in samples.Concat(Enumerable.Range(0, 3000).Select(_ => Mutate(samples[random.Next(samples.Count)], random))))
        {
            if (SimpleYaml.TryRead(yaml) is not { } fast) continue;
            AssertSame(yaml, fast);
            checkedCount++;
        }
        Assert.True(checkedCount > 500, $"only {checkedCount} inputs were read by the fast reader");
    }

    private static string Mutate(string yaml, Random random)
    {
        var chars = yaml.ToList();
        const string alphabet = " :-[],'\"\nabc12";
        for (var n = random.Next(1, 4); n > 0 && chars.Count > 0; n--)
        {
            var at = random.Next(chars.Count);
            if (random.Next(2) == 0) chars.RemoveAt(at);
            else chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
        }
        return new string(chars.ToArray());
    }

    private static void AssertSame(string yaml, DataNode fast)
    {
        DataNode? full;
        try
        {
            full = YamlText.ReadWithFullParser(yaml);
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            throw new Xunit.Sdk.XunitException($"the fast reader accepted YAML the full parser rejects ({e.Message}):\n{yaml}");
        }
        Assert.True(Describe(full) == Describe(fast), $"readings differ for:\n{yaml}\nfull: {Describe(full)}\nfast: {Describe(fast)}");
    }

    private static string Describe(DataNode? node) => node switch
    {
        null => "null",
        DataScalar s => s.IsNull ? $"null@{s.Line}" : $"'{s.Text}'{(s.Plain ? "p" : "q")}@{s.Line}:{s.Column}",
        DataList l => $"[{string.Join(", ", l.Items.Select(Describe))}]@{l.Line}:{l.Column}",
        DataMap m => $"{{{string.Join(", ", m.Entries.Select(e => $"{Describe(e.Key)}={Describe(e.Value)}"))}}}",
        _ => "?",
    };
}
