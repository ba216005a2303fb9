using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Xml;

namespace Explainer.Editions;

/// <summary>
/// Packs the e-book's files as an EPUB 3: a zip whose first entry is the uncompressed
/// <c>mimetype</c>, then <c>META-INF/container.xml</c> pointing at the package document, which lists
/// the metadata, every file (the manifest) and the reading order (the spine). Files go into the book
/// as they are made, so a book of thousands of chapters is never held in memory whole; the package
/// document, which lists them all, comes last. Entries carry the edition's date as their time, so
/// the same book gives the same bytes.
/// </summary>
public sealed class EpubPackage : IDisposable
{
    private const string Folder = "EPUB";
    private const string OpfNamespace = "http://www.idpf.org/2007/opf";
    private const string DcNamespace = "http://purl.org/dc/elements/1.1/";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
    };

    private readonly ZipArchive _zip;
    private readonly DateTimeOffset _time;
    private readonly List<XhtmlFile> _spine = [];

    public EpubPackage(Stream output, DateOnly date)
    {
        _time = SiteArchive.EntryTime(date);
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Add("mimetype", "application/epub+zip"u8, CompressionLevel.NoCompression);
        Add("META-INF/container.xml", Container());
    }

    /// <summary>Puts the next file of the reading order into the book.</summary>
    /// <returns>The file as the contents and the manifest list it: its bytes are in the book now.</returns>
    public XhtmlFile Add(XhtmlFile file)
    {
        Add($"{Folder}/{file.Name}", file.Bytes);
        var listed = file with { Bytes = [] };
        _spine.Add(listed);
        return listed;
    }

    /// <summary>Adds the navigation document (read after the first file), the stylesheet, the images and the package document.</summary>
    public void Finish(BookTitle title, XhtmlFile navigation, BookMedia media, string? stylesheet)
    {
        Add($"{Folder}/{navigation.Name}", navigation.Bytes);
        if (stylesheet is not null) Add($"{Folder}/{BookParts.StylesheetName}", Encoding.UTF8.GetBytes(stylesheet));
        foreach (var (path, from, _) in media.Used) Add($"{Folder}/{path}", File.ReadAllBytes(from));
        Add($"{Folder}/package.opf", Package(title, navigation, _spine, media, stylesheet is not null));
    }

    public void Dispose() => _zip.Dispose();

    private void Add(string name, ReadOnlySpan<byte> bytes, CompressionLevel level = CompressionLevel.Optimal)
    {
        var entry = _zip.CreateEntry(name, level);
        entry.LastWriteTime = _time;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    private static byte[] Container() => Xml(writer =>
    {
        const string ns = "urn:oasis:names:tc:opendocument:xmlns:container";
        writer.WriteStartElement("container", ns);
        writer.WriteAttributeString("version", "1.0");
        writer.WriteStartElement("rootfiles", ns);
        writer.WriteStartElement("rootfile", ns);
        writer.WriteAttributeString("full-path", $"{Folder}/package.opf");
        writer.WriteAttributeString("media-type", "application/oebps-package+xml");
        writer.WriteEndElement();
        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    private static byte[] Package(BookTitle title, XhtmlFile navigation, IReadOnlyList<XhtmlFile> spine, BookMedia media, bool stylesheet) => Xml(writer =>
    {
        writer.WriteStartElement("package", OpfNamespace);
        writer.WriteAttributeString("version", "3.0");
        writer.WriteAttributeString("unique-identifier", "book-id");
        writer.WriteAttributeString("xml", "lang", null, title.Language);

        writer.WriteStartElement("metadata", OpfNamespace);
        writer.WriteAttributeString("xmlns", "dc", null, DcNamespace);
        writer.WriteStartElement("dc", "identifier", DcNamespace);
        writer.WriteAttributeString("id", "book-id");
        writer.WriteString(Identifier(title));
        writer.WriteEndElement();
        writer.WriteElementString("dc", "title", DcNamespace, XmlText.Clean(title.Title));
        writer.WriteElementString("dc", "language", DcNamespace, title.Language);
        if (title.Author is { } author) writer.WriteElementString("dc", "creator", DcNamespace, XmlText.Clean(author));
        writer.WriteElementString("dc", "date", DcNamespace, title.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (title.Description is { } description) writer.WriteElementString("dc", "description", DcNamespace, XmlText.Clean(description));
        if (title.License is { } license) writer.WriteElementString("dc", "rights", DcNamespace, XmlText.Clean(license));
        if (title.OnlineUrl is { } online) writer.WriteElementString("dc", "source", DcNamespace, online);
        writer.WriteStartElement("meta", OpfNamespace);
        writer.WriteAttributeString("property", "dcterms:modified");
        writer.WriteString(title.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z");
        writer.WriteEndElement();
        writer.WriteEndElement();

        writer.WriteStartElement("manifest", OpfNamespace);
        Item(writer, navigation.Id, navigation.Name, "application/xhtml+xml", "nav");
        if (stylesheet) Item(writer, "stylesheet", BookParts.StylesheetName, "text/css");
        foreach (var file in spine) Item(writer, file.Id, file.Name, "application/xhtml+xml", file.Svg ? "svg" : null);
        var image = 0;
        foreach (var (path, _, type) in media.Used) Item(writer, $"image-{++image}", path, type);
        writer.WriteEndElement();

        writer.WriteStartElement("spine", OpfNamespace);
        for (var i = 0; i < spine.Count; i++)
        {
            ItemRef(writer, spine[i].Id);
            if (i == 0) ItemRef(writer, navigation.Id);
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    private static void Item(XmlWriter writer, string id, string href, string mediaType, string? properties = null)
    {
        writer.WriteStartElement("item", OpfNamespace);
        writer.WriteAttributeString("id", id);
        writer.WriteAttributeString("href", href);
        writer.WriteAttributeString("media-type", mediaType);
        if (properties is not null) writer.WriteAttributeString("properties", properties);
        writer.WriteEndElement();
    }

    private static void ItemRef(XmlWriter writer, string id)
    {
        writer.WriteStartElement("itemref", OpfNamespace);
        writer.WriteAttributeString("idref", id);
        writer.WriteEndElement();
    }

    /// <summary>
    /// A UUID made from the site's address (or its title when it has none): the first 128 bits of
    /// their SHA-256 with RFC 9562's version 8 and variant bits. Every edition of the same site carries
    /// the same identifier, so a reader's library sees a new edition, not a new book.
    /// </summary>
    private static string Identifier(BookTitle title)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(title.OnlineUrl ?? title.Title));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexStringLower(hash.AsSpan(0, 16));
        return $"urn:uuid:{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..32]}";
    }

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, Settings))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }
        return bytes.ToArray();
    }
}
