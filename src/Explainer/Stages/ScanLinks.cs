using Explainer.Html;
using Explainer.IO;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>Records each finished HTML page's links and ids for the link check.</summary>
public sealed class ScanLinks : DocumentStage
{
    public override Document? Process(Document document, BuildContext context) =>
        document.Metadata.GetBool(Keys.IsHtml)
            ? document.With(Keys.LinkReport, HtmlScanner.Scan(OutputFile.ContentOf(document).Bytes, context.Intern))
            : document;
}
