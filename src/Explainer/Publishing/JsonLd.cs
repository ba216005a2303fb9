using System.Text.Json;
using System.Text.Json.Nodes;
using Explainer.Model;

namespace Explainer.Publishing;

/// <summary>
/// schema.org structured data for search engines and reading tools: each topic an Article in a
/// CreativeWorkSeries with its citations, the glossary a DefinedTermSet of DefinedTerms, each
/// source a NewsArticle, Report or other CreativeWork, each country a Place, the timeline an
/// ItemList of Events. Serialised with every HTML-sensitive
/// character escaped, so it is safe inside a script element.
/// </summary>
public static class JsonLd
{
    private const string Context = "https://schema.org";

    public static string Topic(PageCitation page, string? description, int position, string seriesUrl, IEnumerable<(SourceCitation Source, string Url)> citations, DateOnly? updated, string language) => Write(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "Article",
        ["headline"] = page.Title,
        ["description"] = description,
        ["url"] = page.Url,
        ["inLanguage"] = language,
        ["datePublished"] = page.Issued?.ToString("yyyy-MM-dd"),
        ["dateModified"] = (updated ?? page.Issued)?.ToString("yyyy-MM-dd"),
        ["author"] = Organisation(page.Author ?? page.SiteTitle),
        ["isPartOf"] = new JsonObject { ["@type"] = "CreativeWorkSeries", ["name"] = page.SiteTitle, ["url"] = seriesUrl },
        ["position"] = position,
        ["citation"] = new JsonArray(citations.Select(c => (JsonNode?)Work(c.Source, c.Url)).ToArray()),
    });

    public static string Term(GlossaryTerm term, string url, string glossaryUrl, string siteTitle) => Write(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "DefinedTerm",
        ["name"] = term.Term,
        ["alternateName"] = term.Aliases.Count == 0 ? null : new JsonArray(term.Aliases.Select(a => (JsonNode?)a).ToArray()),
        ["description"] = term.Short,
        ["url"] = url,
        ["inDefinedTermSet"] = new JsonObject { ["@type"] = "DefinedTermSet", ["name"] = $"{siteTitle} glossary", ["url"] = glossaryUrl },
    });

    public static string Glossary(IEnumerable<(GlossaryTerm Term, string Url)> terms, string url, string siteTitle) => Write(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "DefinedTermSet",
        ["name"] = $"{siteTitle} glossary",
        ["url"] = url,
        ["hasDefinedTerm"] = new JsonArray(terms.Select(t => (JsonNode?)new JsonObject
        {
            ["@type"] = "DefinedTerm", ["name"] = t.Term.Term, ["description"] = t.Term.Short, ["url"] = t.Url,
        }).ToArray()),
    });

    public static string Country(Country country, string? description, string url) => Write(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "Place",
        ["name"] = country.Name,
        ["identifier"] = country.Code,
        ["description"] = description,
        ["url"] = url,
    });

    public static string Timeline(string name, string url, IEnumerable<TimelineEvent> events) => Write(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "ItemList",
        ["name"] = name,
        ["url"] = url,
        ["itemListOrder"] = "https://schema.org/ItemListOrderAscending",
        ["itemListElement"] = new JsonArray(events.Select((e, i) => (JsonNode?)new JsonObject
        {
            ["@type"] = "ListItem",
            ["position"] = i + 1,
            ["item"] = new JsonObject { ["@type"] = "Event", ["name"] = PlainText.Of(e.Text), ["startDate"] = e.Dates[0].ToString(), ["url"] = $"{url}#{e.Anchor}" },
        }).ToArray()),
    });

    public static string Source(SourceCitation source, string archiveUrl) => Write(Work(source, archiveUrl).With("@context", Context));

    public static string Series(string siteTitle, string? description, string url, IEnumerable<(string Title, string Url)> parts) => Write(new JsonObject
    {
        ["@context"] = Context,
        ["@type"] = "CreativeWorkSeries",
        ["name"] = siteTitle,
        ["description"] = description,
        ["url"] = url,
        ["hasPart"] = new JsonArray(parts.Select((p, i) => (JsonNode?)new JsonObject
        {
            ["@type"] = "Article", ["headline"] = p.Title, ["url"] = p.Url, ["position"] = i + 1,
        }).ToArray()),
    });

    /// <summary>The schema.org type for a CSL type.</summary>
    public static string TypeOf(string cslType) => cslType switch
    {
        "article-newspaper" => "NewsArticle",
        "report" => "Report",
        "post-weblog" => "BlogPosting",
        "webpage" => "WebPage",
        "article" or "article-magazine" or "article-journal" => "Article",
        _ => "CreativeWork",
    };

    private static JsonObject Work(SourceCitation source, string archiveUrl) => new()
    {
        ["@type"] = TypeOf(source.Type),
        ["name"] = source.TitleSupplied ? $"[{source.Title}]" : source.Title,
        ["author"] = source.Authors.Count == 0 ? null : new JsonArray(source.Authors.Select(a => (JsonNode?)new JsonObject { ["@type"] = "Person", ["name"] = a.Display }).ToArray()),
        ["datePublished"] = source.Issued?.ToString(),
        ["publisher"] = source.ContainerTitle is { } container ? Organisation(container) : null,
        ["url"] = archiveUrl,
        ["sameAs"] = source.Url,
    };

    private static JsonObject Organisation(string name) => new() { ["@type"] = "Organization", ["name"] = name };

    private static JsonObject With(this JsonObject json, string key, string value)
    {
        var result = new JsonObject { [key] = value };
        foreach (var (name, node) in json.ToList())
        {
            json.Remove(name);
            result[name] = node;
        }
        return result;
    }

    // Nulls are dropped, at every depth, so unknown facts are left out rather than stated as empty.
    private static string Write(JsonObject json)
    {
        Prune(json);
        return json.ToJsonString(JsonSerializerOptions.Default);
    }

    private static void Prune(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    if (child is null) obj.Remove(name);
                    else Prune(child);
                }
                break;
            case JsonArray array:
                foreach (var child in array) Prune(child);
                break;
        }
    }
}
