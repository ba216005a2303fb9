using Explainer.Content;
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
public sealed class ReadSources : IStage
{
    public const string SeedsFolder = SeedFiles.Folder;

    /// <returns>The documents (a source page whose seed cannot be read is marked failed) and the library of sources.</returns>
    public (IReadOnlyList<Document> Documents, SourceLibrary Library) Process(IReadOnlyList<Document> documents, BuildContext context)
    {
        var sources = documents.Where(d => d.Kind == ContentKinds.Source && !d.Failed && d.Matter is SourceMatter).AsParallel().AsOrdered()
            .Select(d => context.Cached(nameof(ReadSources), () => Key(d, context), diagnostics => Read(d, (SourceMatter)d.Matter!, context, diagnostics)))
            .OfType<Source>()
            .ToList();
        // A source whose seed could not be read has no text to show or to link into: its page fails, quietly (already reported).
        var unreadable = sources.Where(s => s.Blocks.Count == 0).Select(s => s.Url).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<Document> marked = unreadable.Count == 0 ? documents
            : documents.Select(d => d.Kind == ContentKinds.Source && unreadable.Contains(d.Url) ? d.With(Keys.Failed, true) : d).ToList();
        return (marked, new SourceLibrary(sources));
    }

    // The source page's text and its seed's size and time: everything reading a source depends on.
    private static string Key(Document document, BuildContext context)
    {
        var seed = new FileInfo(context.Absolute(Path.Combine(SeedsFolder, (document.Matter as SourceMatter)?.Seed ?? "")));
        return $"{document.Source}|{document.Get(Keys.SourceHash)}|{(seed.Exists ? $"{seed.Length}|{seed.LastWriteTimeUtc.Ticks}" : "missing")}";
    }

    private static Source? Read(Document document, SourceMatter matter, BuildContext context, DiagnosticBag diagnostics)
    {
        SourcePosition At(string key) => matter.At(key, document.Source);

        var seed = matter.Seed;
        var path = context.Absolute(Path.Combine(SeedsFolder, seed));
        var citation = matter.Citation with { Id = document.Slug.Length > 0 ? document.Slug : matter.Citation.Id };
        if (!File.Exists(path))
        {
            diagnostics.Error(At("seed"), ErrorCodes.MissingSeed, $"seed file {SeedFiles.Missing(seed, SeedFiles.In(context.Options.Root))}");
            return new Source(citation, []);
        }
        if (!LinkRefusal.IsInside(context, path, diagnostics)) return new Source(citation, []);
        var (status, text, error) = TextFile.Read(path);
        if (status != TextFile.Status.Ok)
        {
            var why = status == TextFile.Status.Empty ? "it is empty" : error;
            diagnostics.Error(At("seed"), ErrorCodes.MissingSeed, $"seed file 'seeds/{seed}' cannot be used: {why}");
            return new Source(citation, []);
        }

        var cleaned = SourceCleaner.Clean(text!, matter.Cleanup);
        foreach (var rule in cleaned.UnusedRules)
            diagnostics.Error(At(rule), ErrorCodes.StaleCleanupRule, $"cleanup rule '{rule}' matches nothing in seeds/{seed}; fix its text or remove it");
        foreach (var artefact in cleaned.SuspectedArtefacts)
            diagnostics.Warning(At("cleanup"), ErrorCodes.FootnoteArtefact, $"the cleaned text still holds '{artefact}', which looks like a glued footnote number");
        return new Source(citation, cleaned.Blocks);
    }
}
