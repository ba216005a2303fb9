namespace Explainer.BrowserTests.Support;

/// <summary>
/// The real site built with <c>LinkRoot</c> "/rights/" and served only under /rights/, as on a
/// project page of GitHub Pages: a link that forgets the sub-path gets a 404 (xunit collection fixture).
/// </summary>
public sealed class SubPathSiteFixture() : ServedSiteFixture("/rights/");

[CollectionDefinition(Name)]
public sealed class SubPathCollection : ICollectionFixture<SubPathSiteFixture>
{
    public const string Name = "The real site under a sub-path in Chromium";
}
