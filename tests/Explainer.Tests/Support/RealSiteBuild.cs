using AngleSharp.Html.Dom;
using Explainer.Pipeline;

namespace Explainer.Tests.Support;

/// <summary>One build of the real site shared by a test class (xunit class fixture).</summary>
public sealed class RealSiteBuild : IDisposable
{
    public RealSiteBuild()
    {
        Site = RealSite.Copy(searchIndex: false);
        Result = Site.Build();
    }

    public TestSite Site { get; }

    public BuildResult Result { get; }

    public IEnumerable<string> Pages(string folder) => Directory
        .EnumerateFiles(Path.Combine(Site.Output, folder), "index.html", SearchOption.AllDirectories)
        .Where(f => Path.GetDirectoryName(f) != Path.Combine(Site.Output, folder))
        .Select(f => Path.GetRelativePath(Site.Output, f))
        .Order(StringComparer.Ordinal);

    public IHtmlDocument Html(string page) => Site.Html(page);

    public void Dispose() => Site.Dispose();
}
