using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Gives every content page its URL and output file from its kind and slug (the file name
/// unless frontmatter sets <c>slug</c>), adds a redirect page for each alias, and refuses
/// URLs that collide or would escape the output folder.
/// </summary>
public sealed class AssignUrls : CollectionStage
{
    public override IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        var result = new List<Document>();
        foreach (var document in documents)
        {
            if (document.Metadata.ContainsKey(Keys.Url) || document.Kind is "file" or "")
            {
                result.Add(document);
                continue;
            }
            if (UrlOf(document, context) is not { } url) continue;
            var slug = document.GetString(Keys.Slug) ?? Path.GetFileNameWithoutExtension(document.Source);
            if (document.Metadata.GetBool(Keys.LeftOut))
            {
                // A draft outside --drafts: remembered, so a link to it can say why it is missing.
                context.Drafts[url] = document.Kind;
                continue;
            }
            var chosenAt = document.GetString(Keys.Slug) is not null ? ReadGlossary.PositionOf(document, Keys.Slug) : (SourcePosition?)null;
            result.Add(document with { Destination = SitePaths.Destination(url), Metadata = document.Metadata.With(Keys.Url, url).With(Keys.Slug, slug).With(Keys.UrlChosenAt, chosenAt) });
            result.AddRange(Redirects(document, url, context));
        }
        return RejectCollisions(result, context);
    }

    private static string? UrlOf(Document document, BuildContext context)
    {
        var relative = document.Get<string>(Keys.InputPath) ?? document.Source;
        var name = Path.GetFileNameWithoutExtension(relative);
        var slug = document.GetString(Keys.Slug) ?? name;
        if (document.GetString(Keys.Slug) is null && !SitePaths.IsSlug(name))
        {
            context.Diagnostics.Error(SourcePosition.StartOf(document.Source), ErrorCodes.UnsafePath,
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
        var positions = document.Get<IReadOnlyDictionary<string, SourcePosition>>(Keys.Positions);
        var aliases = document.Kind == ContentKinds.Term ? [] : document.Metadata.GetStrings(Keys.Aliases);
        for (var i = 0; i < aliases.Count; i++)
        {
            var alias = aliases[i];
            if (!SitePaths.IsSafe(alias))
            {
                var at = positions?.GetValueOrDefault($"{Keys.Aliases}[{i}]") ?? SourcePosition.StartOf(document.Source);
                context.Diagnostics.Error(at, ErrorCodes.UnsafePath, $"alias '{alias}' is not a plain site path inside the site; write it like /old/path/");
                continue;
            }
            yield return Document.Create(document.Source) with
            {
                Destination = SitePaths.Destination(alias),
                Metadata = Metadata.Empty
                    .With(Keys.UrlChosenAt, positions?.GetValueOrDefault($"{Keys.Aliases}[{i}]"))
                    .With(Keys.Kind, "redirect")
                    .With(Keys.Layout, "redirect")
                    .With(Keys.Url, alias)
                    .With(Keys.Target, target)
                    .With(Keys.Title, document.GetString(Keys.Title) ?? target),
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
        foreach (var document in documents.Where(d => d.Destination.Length > 0).OrderBy(d => d.Metadata.ContainsKey(Keys.UrlChosenAt)))
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
            var at = document.Metadata.Get<SourcePosition?>(Keys.UrlChosenAt) ?? SourcePosition.StartOf(document.Source);
            context.Diagnostics.Error(at, ErrorCodes.DuplicateUrl,
                $"'{document.Url}' is also the URL of {owner.Source}; rename one of them or set a different slug");
            // Kept as a failed page without an output file: references to it are not reported as missing too.
            if (document.Kind != "redirect") result.Add(document with { Destination = "", Metadata = document.Metadata.With(Keys.Failed, true) });
        }
        return result;
    }
}
