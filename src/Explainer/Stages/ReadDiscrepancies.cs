using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.IO;
using Explainer.Markdown;
using Explainer.Model;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Reads input/data/discrepancies.yml: the facts on which sources disagree, each source's
/// version and the paragraph that states it. Every claim is checked against the library here,
/// so a wrong paragraph is reported in the data file, not on every page that shows the note.
/// </summary>
public sealed class ReadDiscrepancies : IStage
{
    public const string DataFile = "data/discrepancies.yml";

    public DiscrepancyRegistry Process(SourceLibrary library, Settings.SiteSettings settings, BuildContext context)
    {
        var path = Path.Combine(context.InputFolder, DataFile);
        if (!File.Exists(path)) return DiscrepancyRegistry.Empty;
        var at = SourcePosition.StartOf(context.Relative(path));
        if (!LinkRefusal.IsInside(context, path)) return DiscrepancyRegistry.Empty;
        var (status, text, error) = TextFile.Read(path);
        if (status != TextFile.Status.Ok)
        {
            if (status != TextFile.Status.Empty) context.Diagnostics.Error(at, TextFile.CodeOf(status), $"cannot read the file: {error}");
            return DiscrepancyRegistry.Empty;
        }
        if (!YamlText.TryParse(text!, at, context.Diagnostics, ErrorCodes.YamlSyntax, out var root)) return DiscrepancyRegistry.Empty;
        var data = new SchemaValidator(at, context.Diagnostics, SchemaCodes.Frontmatter).ValidateRoot(root, Schema.Load("discrepancies"));

        var list = new List<Discrepancy>();
        var items = data.Values.GetValueOrDefault("discrepancies") as IReadOnlyList<object?> ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not IReadOnlyDictionary<string, object?> item) continue;
            var discrepancy = Read(item, $"discrepancies[{i}]", data.Positions, at, text!, library, settings, context);
            if (list.Any(d => d.Id == discrepancy.Id))
            {
                context.Diagnostics.Error(data.Positions.GetValueOrDefault($"discrepancies[{i}].id", at), ErrorCodes.InvalidValue, $"the id '{discrepancy.Id}' is used twice");
                continue;
            }
            list.Add(discrepancy);
        }
        return new DiscrepancyRegistry(list);
    }

    private static Discrepancy Read(IReadOnlyDictionary<string, object?> item, string path, IReadOnlyDictionary<string, SourcePosition> positions, SourcePosition file, string fileText, SourceLibrary library, Settings.SiteSettings settings, BuildContext context)
    {
        var claims = new List<Claim>();
        var rawClaims = item.GetValueOrDefault("claims") as IReadOnlyList<object?> ?? [];
        for (var c = 0; c < rawClaims.Count; c++)
        {
            if (rawClaims[c] is not IReadOnlyDictionary<string, object?> raw) continue;
            var claim = new Claim(raw.GetValueOrDefault("source") as string ?? "", raw.GetValueOrDefault("paragraph") as int? ?? 0, raw.GetValueOrDefault("says") as string ?? "");
            var claimPath = $"{path}.claims[{c}]";
            var source = library.Find(claim.SourceId);
            if (source is null)
                context.Diagnostics.Error(positions.GetValueOrDefault($"{claimPath}.source", file), ErrorCodes.UnknownSource,
                    $"unknown source '{claim.SourceId}'{Suggestions.DidYouMean(claim.SourceId, library.Ids)}");
            else if (claim.Paragraph > source.ParagraphCount)
                context.Diagnostics.Error(positions.GetValueOrDefault($"{claimPath}.paragraph", file), ErrorCodes.UnknownParagraph,
                    $"source '{claim.SourceId}' has {Plural.Count(source.ParagraphCount, "paragraph")}, so ¶{claim.Paragraph} does not exist");
            claims.Add(claim);
        }
        var note = item.GetValueOrDefault("note") as string;
        if (note is not null) DataMarkdown.Check(note, positions.GetValueOrDefault($"{path}.note", file), fileText, library, context.Diagnostics, settings);
        return new Discrepancy(item.GetValueOrDefault("id") as string ?? "", item.GetValueOrDefault("fact") as string ?? "", note, claims);
    }
}
