using System.Text.Json;
using Explainer.Tests.Support;

namespace Explainer.Tests.Security;

/// <summary>
/// A small site whose every frontmatter and settings string is an XSS payload, built once for the
/// escaping tests. Each field gets its own numbered payload, so a test can check that exactly that
/// text comes back as text.
/// </summary>
public sealed class EscapingSite : IDisposable
{
    public EscapingSite()
    {
        Site = TestSite.From(Tree);
        Site.Write("statiq.json", JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["Title"] = Payload(1), ["Description"] = Payload(2), ["Author"] = Payload(3), ["License"] = Payload(4),
            ["Host"] = "example.org", ["SearchIndex"] = false,
        }));
        Site.BuildOk();
    }

    public TestSite Site { get; }

    /// <summary>A payload that closes a script element, breaks out of an attribute, adds an image with a handler, and holds every character HTML and XML escape.</summary>
    public static string Payload(int n) => $"P{n} </script><script>alert({n})</script> \"><img src=x onerror=alert({n})> ' \" & < > ]]> --> {{{{x}}}}";

    public static string TopicTitle => Payload(10);
    public static string TopicDescription => Payload(11);
    public static string Term => Payload(20);
    public static string Short => Payload(21);
    public static string Alias => Payload(22);
    public static string SourceTitle => Payload(30);
    public static string Container => Payload(31);
    public static string Author => Payload(32);
    public static string Family => Payload(33);
    public static string Fact => Payload(40);
    public static string Says => Payload(41);

    /// <summary>YAML single-quoted scalar: only the quote itself needs escaping.</summary>
    private static string Yaml(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Tree => Trees.Small + $"""

        -- input/topics/payload.md --
        ---
        title: {Yaml(TopicTitle)}
        description: {Yaml(TopicDescription)}
        order: 3
        date: 2020-03-04
        tags: [cameras]
        related: [at-home]
        ---
        A payload page mentions the payload term [[payload-term]] and cites [@payload-source, ¶1].

        {"{{"}< discrepancy payload-fact >{"}}"}
        -- input/glossary/payload-term.md --
        ---
        term: {Yaml(Term)}
        short: {Yaml(Short)}
        aliases: [{Yaml(Alias)}]
        ---
        The term's body [@payload-source, ¶2].
        -- input/sources/payload-source.md --
        ---
        seed: payload.txt
        title: {Yaml(SourceTitle)}
        type: article-newspaper
        container-title: {Yaml(Container)}
        author: [{Yaml(Author)}, {"{"}family: {Yaml(Family)}, given: Ann{"}"}]
        issued: 2019-05-06
        ---
        A source whose metadata is hostile.
        -- seeds/payload.txt --
        The first paragraph.

        The second paragraph.
        -- input/data/discrepancies.yml --
        discrepancies:
          - id: payload-fact
            fact: {Yaml(Fact)}
            claims:
              - {"{"} source: payload-source, paragraph: 1, says: {Yaml(Says)} {"}"}
              - {"{"} source: report, paragraph: 2, says: 'plain' {"}"}
        """;

    public void Dispose() => Site.Dispose();
}
