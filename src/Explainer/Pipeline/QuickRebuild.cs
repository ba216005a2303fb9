using System.Diagnostics;
using System.Text.Json;
using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Output;
using Explainer.Stages;

namespace Explainer.Pipeline;

/// <summary>
/// A preview's rebuild after an edit that can only change the edited pages themselves: the pages'
/// stages run again for those pages alone, against the model of the last build, and every other page
/// is left as it was. What another page shows of a page (its title, summary, the terms it mentions,
/// the paragraphs it cites, the countries it names, the anchors others link to) is the page's
/// frontmatter, its facts (<see cref="Model.PageFacts"/>) and its ids; an edit that leaves all three
/// as they were cannot change another page. Anything else (a file added or removed, a source, data,
/// the theme, the settings, frontmatter, facts or ids changed) returns null and the session runs
/// its incremental build of the whole site, which is always right. Tests compare the result with a
/// clean build, byte for byte.
/// </summary>
public static class QuickRebuild
{
    private static readonly HashSet<string> PageKinds = [ContentKinds.Topic, ContentKinds.Term, ContentKinds.Page];

    /// <param name="inputs">The site's files as they are now, taken by the caller before anything is read.</param>
    /// <param name="clock">Started when the rebuild began, so the time reported is the whole rebuild's.</param>
    public static BuildResult? TryBuild(BuildOptions options, BuildCache cache, InputSnapshot inputs, Stopwatch clock)
    {
        if (cache.Session is not { } last || !options.WriteOutput || !Directory.Exists(options.Output)) return null;
        if (inputs.ChangedSince(last.Inputs) is not { } changed) return null;

        var before = new BuildContext(options, cache);
        var after = new BuildContext(options, cache);
        var pages = new List<(Document Unrendered, Document Finished)>();
        foreach (var path in changed)
        {
            if (Rebuild(path, last, before, after) is not { } page) return null;
            pages.Add(page);
        }

        // What the old versions of the pages reported goes; what the new ones report comes in.
        var stale = before.Diagnostics.Sorted().ToHashSet();
        if (stale.Any(d => !pages.Any(p => p.Unrendered.Source == d.Path))) return null; // reported on another file: that file may still have it
        var stalePaths = stale.Select(d => d.Path).ToHashSet(StringComparer.Ordinal); // a path is cheaper to hash than a whole diagnostic
        var reported = Merged(last.Result.Diagnostics.Where(d => !stalePaths.Contains(d.Path) || !stale.Contains(d)), after.Diagnostics.Sorted());

        List<string> written = [];
        var published = !reported.Any(d => d.IsError);
        if (published)
        {
            var manifest = new Dictionary<string, string>(cache.Manifest, StringComparer.Ordinal);
            foreach (var (destination, fingerprint) in after.Manifest) manifest[destination] = fingerprint;
            written = IncrementalOutput.Publish(options.Output, pages.Select(p => p.Finished).ToList(), cache.Manifest, manifest);
            cache.Manifest = manifest;
        }
        var result = last.Result with { Quick = true, Diagnostics = reported, Timings = after.Timings.InOrder(), Elapsed = clock.Elapsed, Published = published, Written = written };
        if (published) cache.Session = last.With(inputs, pages, result);
        cache.EndQuickBuild();
        return result;
    }

    /// <summary>The page at <paramref name="path"/> made again, or null when the edit may reach beyond it.</summary>
    private static (Document Unrendered, Document Finished)? Rebuild(string path, SessionState last, BuildContext before, BuildContext after)
    {
        if (!last.UnrenderedBySource.TryGetValue(after.Relative(path), out var old) || !PageKinds.Contains(old.Kind) || old.Failed
            || old.Get(Keys.Frontmatter) is not { } frontmatter) return null;
        var (status, text, _) = TextFile.Read(path);
        if (status != TextFile.Status.Ok) return null;
        var split = Frontmatter.Split(text!);
        if (split.Yaml is null || $"{split.YamlLine}\n{split.Yaml}" != frontmatter || split.BodyLine != old.Get(Keys.BodyLine)) return null;
        var edited = old.With(Keys.Body, split.Body).With(Keys.SourceHash, ContentHash.Of(text!));

        var stages = last.Stages;
        if (Finish(old, stages, before) is not { } was || Finish(edited, stages, after) is not { } now) return null;
        if (was.Facts != now.Facts || !SameIds(was.Finished, now.Finished)) return null;
        // The last build had no broken link, and the ids others link to are the same: only the page's own links need a look.
        new CheckLinks().Process(last.Finished, stages.Site, after, only: [now.Finished]);
        return (edited, now.Finished);
    }

    /// <summary>
    /// The page stages, in the whole build's order (the country pass renders country pages only, and
    /// this is never one); with the page's facts as rendering found them, before composing lets go of them.
    /// </summary>
    private static (Document Finished, string Facts)? Finish(Document page, PageStages stages, BuildContext context)
    {
        var rendered = context.Each([page], PageStages.Rendering(stages.Site));
        if (rendered is not [var one] || one.Get(Keys.Facts) is not { } facts) return null;
        var composed = context.Each(rendered, PageStages.Composing(stages.Linked, stages.Lists, stages.Site));
        var finished = context.Each(composed, PageStages.Writing(stages.Templates, stages.Views, stages.Relative, search: null));
        return finished is [var done] && !done.Failed ? (done, JsonSerializer.Serialize(facts)) : null;
    }

    // Both in report order already: a merge, not a sort of a big site's thousands of warnings.
    private static List<Diagnostic> Merged(IEnumerable<Diagnostic> kept, IReadOnlyList<Diagnostic> fresh)
    {
        var merged = new List<Diagnostic>();
        var next = 0;
        foreach (var diagnostic in kept)
        {
            while (next < fresh.Count && DiagnosticBag.Order.Compare(fresh[next], diagnostic) < 0) merged.Add(fresh[next++]);
            if (next < fresh.Count && fresh[next] == diagnostic) next++;
            merged.Add(diagnostic);
        }
        merged.AddRange(fresh.Skip(next));
        return merged;
    }

    private static bool SameIds(Document was, Document now) =>
        (was.Get(Keys.LinkReport)?.Ids ?? new HashSet<string>()).SetEquals(now.Get(Keys.LinkReport)?.Ids ?? new HashSet<string>());
}
