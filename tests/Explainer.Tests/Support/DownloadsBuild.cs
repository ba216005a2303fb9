using System.IO.Compression;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Explainer.Tests.Support;

/// <summary>One build of the real site with its downloads, shared by a test class, with the zip unpacked beside it.</summary>
public sealed class DownloadsBuild : IDisposable
{
    public const string Name = "exported-surveillance";

    public DownloadsBuild()
    {
        Site = RealSite.Copy(searchIndex: false);
        Site.BuildOk();
        Unzipped = Path.Combine(Site.Root, "unzipped");
        ZipFile.ExtractToDirectory(Zip, Unzipped);
    }

    public TestSite Site { get; }

    public string Zip => Path.Combine(Site.Output, "download", Name + ".zip");

    public string Book => Path.Combine(Site.Output, "download", Name + ".epub");

    /// <summary>Where the zip was unpacked: its one folder, NAME/, is in there.</summary>
    public string Unzipped { get; }

    /// <summary>The copy of the site inside the zip, unpacked.</summary>
    public string Copy => Path.Combine(Unzipped, Name);

    public IHtmlDocument CopyHtml(string page) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Copy, page)));

    public void Dispose() => Site.Dispose();
}
