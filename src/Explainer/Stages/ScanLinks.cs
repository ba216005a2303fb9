using Explainer.Html;
using Explainer.IO;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>Records each finished HTML page's links and ids for the link check.</summary>
public sealed class ScanLinks : DocumentStage
{
    public override Document? Process(Document document, BuildContext context)
    {
        if (!document.Get(Keys.IsHtml)) return document;
        var page = OutputFile.ContentOf(document);
        var report = context.Cache is { } cache
            ? cache.LinkReports.GetValue(page, bytes => HtmlScanner.Scan(bytes.Bytes, context.Intern))
            : HtmlScanner.Scan(page.Bytes, context.Intern);
        return document.With(Keys.LinkReport, report);
    }
}
