using Explainer.Content;
using Explainer.IO;
using Explainer.Model;
using Explainer.Pipeline;
using Explainer.Theme;

namespace Explainer.Stages;

/// <summary>
/// Makes a page for every country the series mentions (in topics, glossary entries, sources or a
/// topic's <c>countries</c>) or summarises (input/countries/). Its body is the editors' summary,
/// if any, then Markdown written from what every other page said: <see cref="CountryPageText"/>.
/// Written as Markdown, a country page's statements are cited, numbered and previewed like any page's.
/// </summary>
public sealed class AddCountryPages : IStage
{
    public IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, LinkedSite linked)
    {
        var catalog = linked.Site.Countries;
        if (catalog.IsEmpty) return documents;
        var summaries = documents.Where(d => d.Kind == ContentKinds.Country && d.Matter is CountryMatter).ToDictionary(d => d.Slug, StringComparer.Ordinal);
        var named = documents.Select(d => d.Matter).OfType<TopicMatter>().SelectMany(m => m.Countries).Select(catalog.Named).OfType<Country>().Select(c => c.Slug);
        var wanted = linked.Backlinks.MentionedCountries.Concat(named).Concat(summaries.Keys)
            .Where(catalog.BySlug.ContainsKey).Distinct().Order(StringComparer.Ordinal).ToList();

        var pages = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var slug in wanted)
        {
            var country = catalog.BySlug[slug];
            var summary = summaries.GetValueOrDefault(slug);
            var edited = summary?.Get(Keys.Body) ?? "";
            var body = edited + CountryPageText.Body(country, linked);
            pages[slug] = summary is not null
                ? summary.With(Keys.Body, body).With(Keys.EditorsUntil, edited.Length)
                : Document.Create($"{LoadTheme.ThemeFolder}/layouts/country{ThemeTemplates.Extension}") with
                {
                    Destination = SitePaths.Destination(country.Url),
                    Metadata = Metadata.Empty
                        .With(Keys.Kind, ContentKinds.Country)
                        .With(Keys.Url, country.Url)
                        .With(Keys.Slug, slug)
                        .With(Keys.Layout, "country")
                        .With(Keys.Matter, new CountryMatter { Title = country.Name, Code = country.Code })
                        .With(Keys.Body, body)
                        .With(Keys.EditorsUntil, 0)
                        .With(Keys.BodyLine, 1),
                };
        }
        var replaced = documents.Select(d => d.Kind == ContentKinds.Country && pages.Remove(d.Slug, out var page) ? page : d).ToList();
        return [.. replaced, .. pages.Values];
    }
}
