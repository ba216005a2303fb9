using Explainer.IO;

namespace Explainer.Tests.Unit;

/// <summary>The site path of an output file, the inverse of <see cref="SitePaths.Destination"/>.</summary>
public sealed class SitePathTests
{
    [Theory]
    [InlineData("index.html", "/")]
    [InlineData("topics/a/index.html", "/topics/a/")]
    [InlineData("feed.xml", "/feed.xml")]
    [InlineData("404.html", "/404.html")]
    [InlineData("topics\\a\\index.html", "/topics/a/")]
    // Only a whole index.html name stands for its folder.
    [InlineData("myindex.html", "/myindex.html")]
    [InlineData("a/myindex.html", "/a/myindex.html")]
    public void SitePath_IsThePathThePageIsLinkedBy(string destination, string sitePath) =>
        Assert.Equal(sitePath, SitePaths.SitePath(destination));

    [Theory]
    [InlineData("/")]
    [InlineData("/topics/a/")]
    [InlineData("/feed.xml")]
    public void SitePath_UndoesDestination(string sitePath) =>
        Assert.Equal(sitePath, SitePaths.SitePath(SitePaths.Destination(sitePath)));
}
