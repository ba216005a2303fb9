using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Builds the source library: for each source page, reads its seed from seeds/, applies the
/// cleanup rules its frontmatter declares and numbers the paragraphs. Seeds are never changed.
/// </summary>
public sealed class ReadSources : CollectionStage
{
    public const string SeedsFolder = "seeds";

    public override IReadOnlyList<Document> Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        var sources = documents.Where(d => d.Kind == ContentKinds.Source && !d.Failed).AsParallel().AsOrdered()
            .Select(d => context.Cached(nameof(ReadSources), () => Key(d, context), diagnostics => Read(d, context, diagnostics)))
            .OfType<Source>()
            .ToList();
        context.Library = new SourceLibrary(sources);
        // A source whose seed could not be read has no text to show or to link into: its page fails, quietly (already reported).
        var unreadable = sources.Where(s => s.Blocks.Count == 0).Select(s => s.Url).ToHashSet(StringComparer.Ordinal);
        return unreadable.Count == 0 ? documents
            : documents.Select(d => d.Kind == ContentKinds.Source && unreadable.Contains(d.Url) ? d.With(Keys.Failed, true) : d).ToList();
    }

    // The source page's text and its seed's size and time: everything reading a source depends on.
    private static string Key(Document document, BuildContext context)
    {
        var seed = new FileInfo(context.Absolute(Path.Combine(SeedsFolder, document.GetString(Keys.Seed) ?? "")));
        return $"{document.Source}|{document.GetString(Keys.SourceHash)}|{(seed.Exists ? $"{seed.Length}|{seed.LastWriteTimeUtc.Ticks}" : "missing")}";
    }

    private static Source? Read(Document document, BuildContext context, DiagnosticBag diagnostics)
    {
        var positions = document.Get<IReadOnlyDictionary<string, SourcePosition>>(Keys.Positions) ?? new Dictionary<string, SourcePosition>();
        SourcePosition At(string key) => positions.GetValueOrDefault(key, SourcePosition.StartOf(document.Source));

        var seed = document.GetString(Keys.Seed) ?? "";
        var path = context.Absolute(Path.Combine(SeedsFolder, seed));
        var citation = SourceMetadata.Citation(document);
        if (!File.Exists(path))
        {
            var available = Directory.Exists(context.Absolute(SeedsFolder))
                ? Directory.EnumerateFiles(context.Absolute(SeedsFolder)).Select(Path.GetFileName).OfType<string>()
                : [];
            diagnostics.Error(At(Keys.Seed), ErrorCodes.MissingSeed, $"seed file 'seeds/{seed}' not found{Suggestions.DidYouMean(seed, available)}");
            return new Source(citation, []);
        }
        if (!LinkRefusal.IsInside(context, path, diagnostics)) return new Source(citation, []);
        var (status, text, error) = TextFile.Read(path);
        if (status != TextFile.Status.Ok)
        {
            var why = status == TextFile.Status.Empty ? "it is empty" : error;
            diagnostics.Error(At(Keys.Seed), ErrorCodes.MissingSeed, $"seed file 'seeds/{seed}' cannot be used: {why}");
            return new Source(citation, []);
        }

        var cleaned = SourceCleaner.Clean(text!, SourceMetadata.Cleanup(document));
        foreach (var rule in cleaned.UnusedRules)
            diagnostics.Error(At(rule), ErrorCodes.StaleCleanupRule, $"cleanup rule '{rule}' matches nothing in seeds/{seed}; fix its text or remove it");
        foreach (var artefact in cleaned.SuspectedArtefacts)
            diagnostics.Warning(At("cleanup"), ErrorCodes.FootnoteArtefact, $"the cleaned text still holds '{artefact}', which looks like a glued footnote number");
        return new Source(citation, cleaned.Blocks);
    }
}
