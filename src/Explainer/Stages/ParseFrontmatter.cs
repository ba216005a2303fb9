using Explainer.Content;
using Explainer.Data;
using Explainer.Diagnostics;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>
/// Splits each content file into frontmatter and body, checks the frontmatter against its
/// kind's schema (Schemas/KIND.schema.json) and reads it into the kind's typed record
/// (<see cref="FrontMatter"/>). Drafts are marked here, to be left out unless the build asked for
/// them; the problems of a draft left out are warnings.
/// </summary>
public sealed class ParseFrontmatter : DocumentStage
{
    private static readonly Dictionary<string, Schema> Schemas = new[] { ContentKinds.Topic, ContentKinds.Term, ContentKinds.Source, ContentKinds.Page, ContentKinds.Country }
        .ToDictionary(kind => kind, Schema.Load);

    public override Document? Process(Document document, BuildContext context)
    {
        if (!Schemas.TryGetValue(document.Kind, out var schema)) return document;
        return context.Cached(nameof(ParseFrontmatter), () => $"{document.Source}|{document.Get(Keys.SourceHash)}|{context.Options.Drafts}", diagnostics =>
        {
            // A draft left out is still checked, and its problems are warnings: known only once the frontmatter is read.
            var found = new DiagnosticBag();
            var parsed = Parse(document, schema, context.Options.Drafts, found);
            DraftCheck.Forward(found, diagnostics, leftOutDraft: parsed?.Get(Keys.LeftOut) == true);
            return context.Cache is not null && parsed is not null ? Remembered(parsed, document.Content) : parsed;
        });
    }

    // Only a preview session (the cached path) keeps the frontmatter's text, for a quick rebuild to tell a body edit from a frontmatter edit.
    private static Document Remembered(Document parsed, string text) =>
        Frontmatter.Split(text) is { Yaml: { } yaml } split ? parsed.With(Keys.Frontmatter, $"{split.YamlLine}\n{yaml}") : parsed;

    // A page whose frontmatter cannot be read keeps its place, so links to it are not also reported broken.
    private static Document Failed(Document document) => document with { Content = "", Metadata = document.Metadata.With(Keys.Failed, true) };

    private static Document? Parse(Document document, Schema schema, bool drafts, DiagnosticBag diagnostics)
    {
        var start = SourcePosition.StartOf(document.Source);
        var split = Frontmatter.Split(document.Content);
        if (split.Unclosed)
        {
            diagnostics.Error(start, ErrorCodes.FrontmatterNotClosed, "frontmatter opened by '---' on line 1 is never closed; add a line holding only '---' after the last key");
            return Failed(document);
        }
        if (split.Yaml is null)
        {
            var required = string.Join(", ", schema.Required.Order(StringComparer.Ordinal));
            diagnostics.Error(start, ErrorCodes.MissingKey, $"the file has no frontmatter; start it with a '---' line, the keys {required}, and a closing '---' line");
            return Failed(document);
        }

        var origin = new SourcePosition(document.Source, split.YamlLine, 1);
        if (!YamlText.TryParse(split.Yaml, origin, diagnostics, ErrorCodes.YamlSyntax, out var root)) return Failed(document);
        if (root is not null and not DataMap && root is not DataScalar { IsNull: true })
        {
            diagnostics.Error(YamlText.At(origin, root), ErrorCodes.WrongType, "frontmatter must be 'key: value' lines, not a list or a single value");
            return Failed(document);
        }

        var data = new SchemaValidator(origin, diagnostics, SchemaCodes.Frontmatter).ValidateRoot(root, schema);
        var matter = FrontMatterReader.Read(document.Kind, data, Path.GetFileNameWithoutExtension(document.Source));
        PlaceholderCheck.Report(document.Source, matter, split.Body, split.BodyLine, diagnostics);

        var metadata = document.Metadata
            .With(Keys.Matter, matter)
            .With(Keys.Body, split.Body)
            .With(Keys.BodyLine, split.BodyLine)
            .With(Keys.Draft, matter.Draft)
            .With(Keys.LeftOut, matter.Draft && !drafts);
        if (matter.Layout is not null) metadata = metadata.With(Keys.LayoutAt, matter.At("layout", document.Source));
        return document with { Metadata = metadata, Content = "" };
    }
}
