using System.Text;
using System.Xml;

namespace Explainer.Editions;

/// <summary>One XHTML file of the e-book: its name in the book, its title (for the contents) and its bytes.</summary>
/// <param name="Svg">The file holds inline SVG, which its manifest entry must declare.</param>
public sealed record XhtmlFile(string Name, string Title, byte[] Bytes, bool Svg = false)
{
    /// <summary>The file's id in the package: its name without ".xhtml", an XML name since names start with a letter.</summary>
    public string Id => Path.GetFileNameWithoutExtension(Name);

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
        NewLineHandling = NewLineHandling.None,
        CheckCharacters = true,
    };

    /// <summary>Writes an XHTML document of the book: the declarations EPUB asks for, the title, the stylesheet, then the body.</summary>
    public static byte[] Write(string language, string title, string? stylesheet, Action<XmlWriter> body)
    {
        using var bytes = new MemoryStream();
        using (var writer = XmlWriter.Create(bytes, Settings))
        {
            writer.WriteStartDocument();
            writer.WriteDocType("html", null, null, null);
            writer.WriteStartElement("html", BookContent.XhtmlNamespace);
            writer.WriteAttributeString("xmlns", "epub", null, BookContent.EpubNamespace);
            writer.WriteAttributeString("lang", language);
            writer.WriteAttributeString("xml", "lang", null, language);
            writer.WriteStartElement("head");
            writer.WriteStartElement("meta");
            writer.WriteAttributeString("charset", "utf-8");
            writer.WriteEndElement();
            writer.WriteElementString("title", XmlText.Clean(title));
            if (stylesheet is not null)
            {
                writer.WriteStartElement("link");
                writer.WriteAttributeString("rel", "stylesheet");
                writer.WriteAttributeString("type", "text/css");
                writer.WriteAttributeString("href", stylesheet);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            writer.WriteStartElement("body");
            body(writer);
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndDocument();
        }
        return bytes.ToArray();
    }
}
