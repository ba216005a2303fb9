using Explainer.Diagnostics;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// A tag is any word an editor writes, so a misspelt one makes a tag page of its own instead of
/// failing. A tag only one page uses that is a letter or two from a tag other pages share is most
/// likely such a slip: a warning at the tag, naming the shared one.
/// </summary>
public static class TagSpelling
{
    public static void Check(IReadOnlyList<Document> pages, BuildContext context)
    {
        var uses = pages.SelectMany(p => p.Matter?.Tags.Distinct() ?? []).CountBy(tag => tag).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var shared = uses.Where(u => u.Value > 1).Select(u => u.Key).ToList();
        foreach (var page in pages)
        {
            var tags = page.Matter?.Tags ?? [];
            for (var t = 0; t < tags.Count; t++)
            {
                if (uses[tags[t]] > 1 || Likely(tags[t], shared) is not { } meant) continue;
                context.Diagnostics.Warning(page.Matter!.At($"tags[{t}]", page.Source), ErrorCodes.LoneTag,
                    $"no other page has the tag '{tags[t]}' (did you mean '{meant}', which {Plural.Count(uses[meant], "page")} have?)");
            }
        }
    }

    // A slip of the keyboard, not another word: a quarter of the letters at most, and at least one.
    private static string? Likely(string tag, IReadOnlyList<string> shared) =>
        shared.Where(s => Suggestions.Distance(tag, s) <= Math.Max(1, tag.Length / 4))
            .OrderBy(s => Suggestions.Distance(tag, s)).ThenBy(s => s, StringComparer.Ordinal).FirstOrDefault();
}
