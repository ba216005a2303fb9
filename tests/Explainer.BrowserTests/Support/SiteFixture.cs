namespace Explainer.BrowserTests.Support;

/// <summary>The real site at the root of its host (xunit collection fixture).</summary>
public sealed class SiteFixture() : ServedSiteFixture("/");

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "The real site in Chromium";
}
