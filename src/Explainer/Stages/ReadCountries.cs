using System.Text.Json;
using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Settings;

namespace Explainer.Stages;

/// <summary>
/// Builds the country catalog from the world-countries dataset (npm, ODbL): each country's
/// ISO codes, common name (its page's title and slug), official name and alternative spellings,
/// plus the names editors add in input/data/countries.yml for variants the sources use
/// ("Britain"). Two- and three-letter codes among the spellings are left out: "AI" would find
/// Anguilla in every sentence about artificial intelligence. Then checks what names countries in
/// the content: topics' <c>countries</c> and the country summaries in input/countries/.
/// </summary>
public sealed class ReadCountries : IStage
{
    public const string DataFile = "data/countries.yml";

    /// <returns>The documents (a country summary titled with its country's name unless it has a title) and the catalog.</returns>
    public (IReadOnlyList<Document> Documents, CountryCatalog Countries) Process(SiteSettings settings, IReadOnlyList<Document> documents, BuildContext context)
    {
        if (!settings.Countries) return (WithoutSummaries(documents, context), CountryCatalog.Empty);
        var catalog = Catalog(context);
        return (CountryPages.Check(documents, catalog, context.Diagnostics), catalog);
    }

    // Summaries of countries the site does not show are left out, and the editor is told why, once.
    private static IReadOnlyList<Document> WithoutSummaries(IReadOnlyList<Document> documents, BuildContext context)
    {
        var summaries = documents.Where(d => d.Kind == ContentKinds.Country).ToList();
        if (summaries.Count == 0) return documents;
        context.Diagnostics.Warning(SourcePosition.StartOf(summaries[0].Source), ErrorCodes.FeatureOff,
            $"\"Countries\" is false in statiq.json, so the {summaries.Count} country {(summaries.Count == 1 ? "summary" : "summaries")} in input/countries/ {(summaries.Count == 1 ? "is" : "are")} not published");
        return documents.Where(d => d.Kind != ContentKinds.Country).ToList();
    }

    private static CountryCatalog Catalog(BuildContext context)
    {
        var dataset = NodePackages.Find(context.Options.Root, "world-countries", context.Options.Notes, Path.Combine("world-countries", "countries.json"));
        if (dataset is null)
        {
            context.Diagnostics.Error(SourcePosition.StartOf("statiq.json"), ErrorCodes.CountryData,
                "the countries dataset (npm package world-countries) is not installed and could not be installed; install Node.js and npm, or set \"Countries\": false");
            return CountryCatalog.Empty;
        }
        var aliasesFile = Path.Combine(context.InputFolder, DataFile);
        var aliasesText = File.Exists(aliasesFile) && LinkRefusal.IsInside(context, aliasesFile) ? ReadAliases(aliasesFile, context) : null;
        var info = new FileInfo(dataset);
        return context.Cached(nameof(ReadCountries), () => $"{dataset}|{info.Length}|{info.LastWriteTimeUtc.Ticks}|{ContentHash.Of(aliasesText ?? "")}",
            diagnostics => Read(dataset, aliasesText, context.Relative(aliasesFile), diagnostics));
    }

    // An aliases file that cannot be read is reported, not taken for one with no aliases.
    private static string? ReadAliases(string path, BuildContext context)
    {
        var (status, text, error) = TextFile.Read(path);
        if (status is not (TextFile.Status.Ok or TextFile.Status.Empty))
            context.Diagnostics.Error(SourcePosition.StartOf(context.Relative(path)), TextFile.CodeOf(status), $"cannot read the file: {error}");
        return text;
    }

    private static CountryCatalog Read(string dataset, string? aliasesText, string aliasesPath, DiagnosticBag diagnostics)
    {
        var countries = Dataset(dataset);
        if (aliasesText is null) return new CountryCatalog(countries.Values);
        var at = SourcePosition.StartOf(aliasesPath);
        if (!YamlText.TryParse(aliasesText, at, diagnostics, ErrorCodes.YamlSyntax, out var root)) return new CountryCatalog(countries.Values);
        var data = new SchemaValidator(at, diagnostics, SchemaCodes.Frontmatter).ValidateRoot(root, Schema.Load("countries"));
        foreach (var (code, names) in data.Values.GetValueOrDefault("aliases") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>())
        {
            if (!countries.TryGetValue(code, out var country))
            {
                diagnostics.Error(data.Positions.GetValueOrDefault($"aliases.{code}", at), ErrorCodes.UnknownCountry,
                    $"'{code}' is not an ISO 3166-1 alpha-2 code{Suggestions.DidYouMean(code, countries.Keys)}; write countries by code, e.g. GB: [Britain]");
                continue;
            }
            var added = (names as IEnumerable<object?>)?.OfType<string>() ?? [];
            countries[code] = country with { Names = country.Names.Concat(added).Distinct(StringComparer.Ordinal).ToList() };
        }
        return new CountryCatalog(countries.Values);
    }

    private static Dictionary<string, Country> Dataset(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var countries = new Dictionary<string, Country>(StringComparer.Ordinal);
        foreach (var item in json.RootElement.EnumerateArray())
        {
            var code = item.GetProperty("cca2").GetString() ?? "";
            var numeric = item.TryGetProperty("ccn3", out var ccn3) ? ccn3.GetString() ?? "" : "";
            var name = item.GetProperty("name");
            var common = name.GetProperty("common").GetString() ?? code;
            var names = new List<string> { common };
            if (name.TryGetProperty("official", out var official) && official.GetString() is { } o) names.Add(o);
            if (item.TryGetProperty("altSpellings", out var spellings))
                names.AddRange(spellings.EnumerateArray().Select(s => s.GetString() ?? "").Where(s => !IsCode(s)));
            (double, double)? location = item.TryGetProperty("latlng", out var point) && point.GetArrayLength() == 2
                ? (point[0].GetDouble(), point[1].GetDouble()) : null;
            countries[code] = new Country(code, numeric, common, Slug(common), names.Distinct(StringComparer.Ordinal).ToList(), location);
        }
        return countries;
    }

    private static bool IsCode(string spelling) => spelling.Length <= 3 && spelling.All(char.IsUpper);

    /// <summary>
    /// The page slug of a name: "Côte d'Ivoire" is "cote-d-ivoire", "Türkiye" is "turkiye". Every
    /// country's name holds Latin letters, so none falls back to Slugify's "page".
    /// </summary>
    public static string Slug(string name) => SitePaths.Slugify(string.Concat(name.Select(LatinLetters.Plain)));
}
