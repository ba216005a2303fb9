using System.Xml;

namespace Explainer.Editions;

/// <summary>The two shapes the e-book's own markup takes again and again: an element holding text, and a link.</summary>
public static class BookXml
{
    public static void Element(XmlWriter writer, string name, string text, string? className = null)
    {
        writer.WriteStartElement(name);
        if (className is not null) writer.WriteAttributeString("class", className);
        BookContent.Text(writer, text);
        writer.WriteFullEndElement();
    }

    public static void Link(XmlWriter writer, string href, string text, string? className = null)
    {
        writer.WriteStartElement("a");
        writer.WriteAttributeString("href", href);
        if (className is not null) writer.WriteAttributeString("class", className);
        BookContent.Text(writer, text);
        writer.WriteFullEndElement();
    }
}
