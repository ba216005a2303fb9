using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>The stand-alone pages (input/*.md other than the home page and the generated pages' introductions), for the site's menus.</summary>
public static class StandalonePages
{
    public static IReadOnlyList<StandalonePage> Of(IReadOnlyList<Document> documents) => documents
        .Where(d => d.Kind == ContentKinds.Page && d.Url != "/" && !GeneratedPages.All.Any(p => p.Url == d.Url))
        .OrderBy(d => d.Url, StringComparer.Ordinal)
        .Select(d => new StandalonePage(d.Url, d.Title.Length > 0 ? d.Title : d.Url, d.Matter?.Description))
        .ToList();
}
