using System.Globalization;
using System.Security.Cryptography;
using Explainer.Pipeline;
using Explainer.Settings;
using Explainer.Theme.Views;

namespace Explainer.Editions;

/// <summary>A file of the downloads as the build wrote it: what it is, its site path, its size and its SHA-256.</summary>
/// <param name="Format"><c>zip</c> or <c>epub</c>.</param>
public sealed record DownloadFile(string Format, string SitePath, long Bytes, string Sha256)
{
    public string Name => SitePath[(SitePath.LastIndexOf('/') + 1)..];

    public string Destination => SitePath.TrimStart('/');

    /// <summary>Reads back a written file for its size and checksum.</summary>
    public static DownloadFile Of(string format, string sitePath, string path)
    {
        using var file = File.OpenRead(path);
        return new DownloadFile(format, sitePath, file.Length, Convert.ToHexStringLower(SHA256.HashData(file)));
    }

    /// <summary>The file among the build's documents, so links to it count as links to a file of the site (it is already written).</summary>
    public Document AsDocument() => DocumentAt(SitePath);

    /// <summary>A download at <paramref name="sitePath"/> among the build's documents, written or still to come; nothing writes it.</summary>
    public static Document DocumentAt(string sitePath) => Document.Create("(generated) " + sitePath.TrimStart('/')) with
    {
        Destination = sitePath.TrimStart('/'),
        Metadata = Metadata.Empty.With(Keys.Kind, "site-file").With(Keys.Url, sitePath),
    };

    /// <summary>How the download page shows it.</summary>
    public DownloadView View(SiteUrls urls) => new(Format, Name, urls.Link(SitePath), Bytes, Size(Bytes), Sha256);

    /// <summary>The zip as the copy of the download page inside it shows it: no link, size or checksum, which the zip cannot hold of itself.</summary>
    public static DownloadView Unknown(string format, string sitePath) => new(format, sitePath[(sitePath.LastIndexOf('/') + 1)..], "", 0, "", "");

    /// <summary>"2.4 MB": decimal units, one decimal below 10.</summary>
    public static string Size(long bytes)
    {
        string[] units = ["bytes", "kB", "MB", "GB"];
        double value = bytes;
        var unit = 0;
        while (value >= 1000 && unit < units.Length - 1)
        {
            value /= 1000;
            unit++;
        }
        return unit == 0 ? $"{bytes} bytes" : value.ToString(value < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " " + units[unit];
    }
}
