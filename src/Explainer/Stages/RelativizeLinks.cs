using Explainer.Html;
using Explainer.Pipeline;

namespace Explainer.Stages;

/// <summary>In a build with relative links, makes each finished page's links relative to it and name their files (<see cref="RelativeLinks"/>).</summary>
public sealed class RelativizeLinks(RelativeLinks links) : DocumentStage
{
    public override Document? Process(Document document, BuildContext context)
    {
        if (!document.Get(Keys.IsHtml) || document.Get(Keys.Rendered) is not { } page) return document;
        return document.With(Keys.Rendered, links.Rewrite(document.Destination, page));
    }
}
