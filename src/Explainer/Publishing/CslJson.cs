using System.Text.Json;
using System.Text.Json.Nodes;
using Explainer.Model;

namespace Explainer.Publishing;

/// <summary>Citation data in CSL-JSON, the format Zotero, pandoc and citeproc read.</summary>
public static class CslJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A source as one CSL-JSON item, with only the fields the document states.</summary>
    public static JsonObject Item(SourceCitation source)
    {
        var item = new JsonObject { ["id"] = source.Id, ["type"] = source.Type, ["title"] = source.Title };
        if (source.ContainerTitle is { } container) item["container-title"] = container;
        if (source.Authors.Count > 0) item["author"] = new JsonArray(source.Authors.Select(Name).ToArray<JsonNode?>());
        if (source.Issued is { } issued) item["issued"] = Date(issued.ToCslParts());
        if (source.Accessed is { } accessed) item["accessed"] = Date([accessed.Year, accessed.Month, accessed.Day]);
        if (source.Url is { } url) item["URL"] = url;
        if (source.Publisher is { } publisher) item["publisher"] = publisher;
        if (source.PublisherPlace is { } place) item["publisher-place"] = place;
        if (source.Language is { } language) item["language"] = language;
        if (source.TitleSupplied) item["note"] = "The document has no title; the title is the editors' description.";
        return item;
    }

    /// <summary>A page of this site as a CSL-JSON webpage item.</summary>
    public static JsonObject Page(PageCitation page)
    {
        var item = new JsonObject { ["id"] = page.Id, ["type"] = "webpage", ["title"] = page.Title, ["container-title"] = page.SiteTitle, ["URL"] = page.Url };
        if (page.Author is { } author) item["author"] = new JsonArray(new JsonObject { ["literal"] = author });
        if (page.Issued is { } issued) item["issued"] = Date([issued.Year, issued.Month, issued.Day]);
        return item;
    }

    public static string Write(JsonNode node) => node.ToJsonString(Indented);

    private static JsonObject Name(PersonName name)
    {
        var json = new JsonObject();
        if (name.Literal is { } literal) json["literal"] = literal;
        if (name.Family is { } family) json["family"] = family;
        if (name.Given is { } given) json["given"] = given;
        return json;
    }

    private static JsonObject Date(int[] parts) =>
        new() { ["date-parts"] = new JsonArray(new JsonArray(parts.Select(p => (JsonNode?)p).ToArray())) };
}
