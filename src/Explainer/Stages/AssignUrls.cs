using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Gives every content page its URL and output file from its kind and slug (the file name
/// unless frontmatter sets <c>slug</c>), adds a redirect page for each alias, and refuses
/// URLs that collide or would escape the output folder.
/// </summary>
public sealed class AssignUrls : IStage
{
    /// <returns>The pages with their URLs, redirects added, drafts left out; and the drafts left out, by URL.</returns>
    public (IReadOnlyList<Document> Documents, DraftRegistry Drafts) Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        var result = new List<Document>();
        var drafts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (document.Metadata.Has(Keys.Url) || document.Kind is "file" or "")
            {
                result.Add(document);
                continue;
            }
            var leftOut = document.Get(Keys.LeftOut);
            var found = new DiagnosticBag();
            var url = UrlOf(document, found);
            DraftCheck.Forward(found, context.Diagnostics, leftOut);
            if (url is null) continue;
            var matter = document.Matter;
            var slug = matter?.Slug ?? Path.GetFileNameWithoutExtension(document.Source);
            if (leftOut)
            {
                // A draft outside --drafts: remembered, so a link to it can say why it is missing.
                drafts[url] = document.Source;
                continue;
            }
            var assigned = document.With(Keys.Url, url).With(Keys.Slug, slug);
            if (matter?.Slug is not null) assigned = assigned.With(Keys.UrlChosenAt, matter.At("slug", document.Source));
            result.Add(assigned with { Destination = SitePaths.Destination(url) });
            result.AddRange(Redirects(document, url, context));
        }
        return (RejectCollisions(result, context), new DraftRegistry(drafts));
    }

    private static string? UrlOf(Document document, DiagnosticBag diagnostics)
    {
        var relative = document.Get(Keys.InputPath) ?? document.Source;
        var name = Path.GetFileNameWithoutExtension(relative);
        var slug = document.Matter?.Slug ?? name;
        if (document.Matter?.Slug is null && !SitePaths.IsSlug(name))
        {
            diagnostics.Error(SourcePosition.StartOf(document.Source), ErrorCodes.UnsafePath,
                $"the file name '{name}' cannot be a URL; rename the file to '{SitePaths.Slugify(name)}.md' or set 'slug'");
            return null;
        }
        if (document.Kind != ContentKinds.Page) return $"{ContentKinds.Section(document.Kind)}{slug}/";
        var folder = Path.GetDirectoryName(relative)?.Replace('\\', '/') ?? "";
        if (folder.Length == 0 && slug == "index") return "/";
        return folder.Length == 0 ? $"/{slug}/" : $"/{folder}/{slug}/";
    }

    private static IEnumerable<Document> Redirects(Document document, string target, BuildContext context)
    {
        if (document.Matter is not { } matter) yield break;
        for (var i = 0; i < matter.RedirectFrom.Count; i++)
        {
            var alias = matter.RedirectFrom[i];
            var at = matter.At($"aliases[{i}]", document.Source);
            if (!SitePaths.IsSafe(alias))
            {
                context.Diagnostics.Error(at, ErrorCodes.UnsafePath, $"alias '{alias}' is not a plain site path inside the site; write it like /old/path/");
                continue;
            }
            yield return Document.Create(document.Source) with
            {
                Destination = SitePaths.Destination(alias),
                Metadata = Metadata.Empty
                    .With(Keys.UrlChosenAt, at)
                    .With(Keys.Kind, "redirect")
                    .With(Keys.Layout, "redirect")
                    .With(Keys.Url, alias)
                    .With(Keys.Target, target)
                    .With(Keys.Matter, new Content.PageMatter { Title = matter.Title.Length > 0 ? matter.Title : target }),
            };
        }
    }

    /// <summary>
    /// Keeps one document per output file. A page whose URL comes from its file name wins over a
    /// slug or alias that claims the same URL; the claim is reported where it is written.
    /// </summary>
    public static List<Document> RejectCollisions(List<Document> documents, BuildContext context)
    {
        var owners = new Dictionary<string, Document>(StringComparer.OrdinalIgnoreCase);
        foreach (var document in documents.Where(d => d.Destination.Length > 0).OrderBy(d => d.Metadata.Has(Keys.UrlChosenAt)))
            owners.TryAdd(document.Destination, document);
        var result = new List<Document>();
        foreach (var document in documents)
        {
            if (document.Destination.Length == 0 || ReferenceEquals(owners[document.Destination], document))
            {
                result.Add(document);
                continue;
            }
            var owner = owners[document.Destination];
            var at = document.Metadata.Has(Keys.UrlChosenAt) ? document.Get(Keys.UrlChosenAt) : SourcePosition.StartOf(document.Source);
            context.Diagnostics.Error(at, ErrorCodes.DuplicateUrl,
                $"'{document.Url}' is also the URL of {owner.Source}; rename one of them or set a different slug");
            // Kept as a failed page without an output file: references to it are not reported as missing too.
            if (document.Kind != "redirect") result.Add(document with { Destination = "", Metadata = document.Metadata.With(Keys.Failed, true) });
        }
        return result;
    }
}
