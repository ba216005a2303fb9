using Explainer.Content;
using Explainer.Diagnostics;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Checks what the content says about countries against the catalog: each name in a topic's
/// <c>countries</c>, and each summary in input/countries/, which must name a known country by its
/// code and be called by that country's slug (so mentions, the map and the file agree on one URL).
/// </summary>
public static class CountryPages
{
    public static IReadOnlyList<Document> Check(IReadOnlyList<Document> documents, CountryCatalog catalog, DiagnosticBag diagnostics)
    {
        var result = new List<Document>(documents.Count);
        foreach (var document in documents)
        {
            switch (document.Matter)
            {
                case TopicMatter topic:
                    for (var i = 0; i < topic.Countries.Count; i++)
                        if (catalog.Named(topic.Countries[i]) is null) Unknown(topic.Countries[i], topic.At($"countries[{i}]", document.Source), catalog, diagnostics);
                    break;
                case CountryMatter summary when !document.Failed:
                    result.Add(Summary(document, summary, catalog, diagnostics));
                    continue;
            }
            result.Add(document);
        }
        return result;
    }

    private static Document Summary(Document document, CountryMatter summary, CountryCatalog catalog, DiagnosticBag diagnostics)
    {
        if (!catalog.ByCode.TryGetValue(summary.Code, out var country))
        {
            diagnostics.Error(summary.At("country", document.Source), ErrorCodes.UnknownCountry,
                $"'{summary.Code}' is not an ISO 3166-1 alpha-2 code{Suggestions.DidYouMean(summary.Code, catalog.ByCode.Keys)}");
            return document.With(Keys.Failed, true);
        }
        if (document.Slug != country.Slug)
        {
            diagnostics.Error(summary.At("country", document.Source), ErrorCodes.UnknownCountry,
                $"the summary of {country.Name} ({country.Code}) must be called input/countries/{country.Slug}.md, the country's page address");
            return document.With(Keys.Failed, true);
        }
        return summary.Title.Length > 0 ? document : document.With(Keys.Matter, summary with { Title = country.Name });
    }

    private static void Unknown(string name, SourcePosition at, CountryCatalog catalog, DiagnosticBag diagnostics) =>
        diagnostics.Error(at, ErrorCodes.UnknownCountry,
            $"no country is called '{name}'{Suggestions.DidYouMean(name, catalog.Names)}; use its English name or add the name as an alias in input/data/countries.yml");
}
