using System.Globalization;
using System.Xml;
using Explainer.Theme.Views;

namespace Explainer.Editions;

/// <summary>
/// A part's reference list as the e-book writes it, as on the site: each entry names the source,
/// links to the cited paragraph in the source's chapter, quotes the paragraph (what a reader's
/// note pop-up shows) and links back to each place the text cites it.
/// </summary>
public static class BookReferences
{
    public static void Write(XmlWriter writer, BookContent content, BookLinks links, string heading, IReadOnlyList<ReferenceView> references, string level = "h2")
    {
        if (references.Count == 0) return;
        writer.WriteStartElement("section");
        writer.WriteAttributeString("class", "references");
        writer.WriteAttributeString("epub", "type", BookContent.EpubNamespace, "endnotes");
        BookXml.Element(writer, level, heading);
        writer.WriteStartElement("ol");
        foreach (var reference in references)
        {
            writer.WriteStartElement("li");
            writer.WriteAttributeString("id", content.Id(reference.Anchor));
            writer.WriteAttributeString("value", reference.Number.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("epub", "type", BookContent.EpubNamespace, "endnote");
            writer.WriteStartElement("p");
            writer.WriteStartElement("cite");
            if (links.Target(reference.SourceUrl) is { } source) BookXml.Link(writer, source, reference.SourceTitle);
            else BookContent.Text(writer, reference.SourceTitle);
            writer.WriteEndElement();
            if (reference.Container is { } container) BookContent.Text(writer, ", " + container);
            if (reference.Date is { } date) BookContent.Text(writer, ", " + date);
            if (reference.Locator.Length > 0 && links.Target(reference.Href) is { } paragraph)
            {
                writer.WriteString(", ");
                BookXml.Link(writer, paragraph, reference.Locator);
            }
            foreach (var backref in reference.Backrefs)
            {
                writer.WriteString(" ");
                BookXml.Link(writer, "#" + content.Id(backref.Anchor), reference.Backrefs.Count == 1 ? "↩" : $"↩{backref.Number}", "backref");
            }
            writer.WriteEndElement();
            if (reference.Quote is { } quote)
            {
                writer.WriteStartElement("blockquote");
                writer.WriteStartElement("p");
                BookContent.Text(writer, quote);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
        }
        writer.WriteEndElement();
        writer.WriteEndElement();
    }
}
