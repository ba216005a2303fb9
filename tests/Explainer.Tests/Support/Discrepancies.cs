namespace Explainer.Tests.Support;

/// <summary><see cref="Trees.Small"/> with a valid input/data/discrepancies.yml holding one discrepancy, 'start-year'.</summary>
public static class Discrepancies
{
    public const string Yaml = """
        discrepancies:
          - id: start-year
            fact: "when the project began"
            claims:
              - { source: report, paragraph: 1, says: "in 1994" }
              - { source: report, paragraph: 2, says: "later" }
        """;

    public static string Tree => SmallSite.With("input/data/discrepancies.yml", Yaml);

    /// <summary>Trees.Small with <paramref name="yaml"/> as its discrepancies file.</summary>
    public static string TreeWith(string yaml) => SmallSite.With("input/data/discrepancies.yml", yaml);
}
