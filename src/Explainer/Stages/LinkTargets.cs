using Explainer.Diagnostics;
using Explainer.Model;

namespace Explainer.Stages;

/// <summary>
/// Says, in the editor's terms, what a link that reaches nothing was meant to reach: a topic, term
/// or source by its slug and its folder in input/, a draft by its file, a tag, a theme asset, a
/// page; and suggests the nearest link that works, as the site path to write. Never an output file:
/// editors write <c>/topics/slug/</c>, not <c>topics/slug/index.html</c>.
/// </summary>
public static class LinkTargets
{
    // The sections whose pages are named by one slug, and how an editor knows each.
    private static readonly (string Section, Func<string, string> Missing)[] Named =
    [
        ("/topics/", slug => $"no topic in input/topics/ has the slug '{slug}'"),
        ("/glossary/", slug => $"no glossary term in input/glossary/ has the slug '{slug}'"),
        ("/sources/", slug => $"no source in input/sources/ has the id '{slug}'"),
        ("/countries/", slug => $"no country page has the slug '{slug}' (a country has one when the content mentions it)"),
        ("/tags/", slug => $"no page has the tag '{slug}'"),
    ];

    /// <param name="sitePath">Where the link points, as a site path ("/topics/europe-asia/").</param>
    /// <param name="pages">The site path of every page and file the site has.</param>
    public static string Missing(string sitePath, IReadOnlyCollection<string> pages, DraftRegistry drafts)
    {
        if (drafts.FileAt(sitePath) is { } draft) return $"{draft} is a draft, left out unless the build runs with --drafts";
        foreach (var (section, missing) in Named)
        {
            if (!sitePath.StartsWith(section, StringComparison.Ordinal) || SlugIn(sitePath, section) is not { } slug) continue;
            var siblings = pages.Where(p => p.StartsWith(section, StringComparison.Ordinal) && SlugIn(p, section) is not null).ToList();
            var nearest = Suggestions.Nearest(slug, siblings.Select(p => SlugIn(p, section)!));
            return missing(slug) + (nearest is null ? "" : $" (did you mean '{section}{nearest}/'?)");
        }
        if (sitePath.StartsWith("/assets/", StringComparison.Ordinal))
            return $"theme/assets/ has no file '{sitePath["/assets/".Length..]}'{Suggestions.DidYouMean(sitePath, pages.Where(p => p.StartsWith("/assets/", StringComparison.Ordinal)))}";
        // Site paths are long and alike ("/topics/a/", "/topics/b/"): only a near miss in the last part is a suggestion.
        var limit = Math.Max(1, sitePath.TrimEnd('/').Split('/')[^1].Length / 4);
        return $"the site has no page or file at '{sitePath}'{Suggestions.DidYouMean(sitePath, pages, limit)}";
    }

    /// <summary>"europe-asia" for "/topics/europe-asia/" in the section "/topics/"; null for anything deeper or shallower.</summary>
    private static string? SlugIn(string sitePath, string section)
    {
        var rest = sitePath[section.Length..];
        var slug = rest.EndsWith('/') ? rest[..^1] : rest;
        return slug.Length > 0 && !slug.Contains('/') ? slug : null;
    }
}
