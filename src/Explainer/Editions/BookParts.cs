using System.Globalization;
using System.Xml;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Editions;

/// <summary>
/// Writes the e-book's XHTML files from the site's views: a title page, one file per topic with its
/// reference list, the glossary in one file (a section per term), and one file per source with its
/// summary and its text in numbered paragraphs (ids p1, p2... as on the site, so a citation's
/// paragraph link lands on the paragraph). Citation markers link to the chapter's reference list,
/// whose entries link to the source's paragraph, as on the site.
/// </summary>
public sealed class BookParts(BookMaterial book, BookLinks links, BookMedia media)
{
    public const string StylesheetName = "book.css";

    private string? Stylesheet => book.Stylesheet is null ? null : StylesheetName;

    private string Language => book.Title.Language;

    public XhtmlFile TitlePage() => new("title.xhtml", book.Title.Title, XhtmlFile.Write(Language, book.Title.Title, Stylesheet, writer =>
    {
        var title = book.Title;
        writer.WriteStartElement("section");
        writer.WriteAttributeString("class", "title-page");
        writer.WriteAttributeString("epub", "type", BookContent.EpubNamespace, "titlepage");
        BookXml.Element(writer, "h1", title.Title);
        if (title.Description is { } description) BookXml.Element(writer, "p", description, "description");
        if (title.Author is { } author) BookXml.Element(writer, "p", author, "author");
        BookXml.Element(writer, "p", book.Theme.BookText("edition").Replace("{date}", title.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)), "edition");
        if (title.OnlineUrl is { } online)
        {
            writer.WriteStartElement("p");
            writer.WriteAttributeString("class", "online");
            var (before, after) = Split(book.Theme.BookText("online"), "{url}");
            BookContent.Text(writer, before);
            BookXml.Link(writer, online, online);
            BookContent.Text(writer, after);
            writer.WriteEndElement();
        }
        if (title.License is { } license) BookXml.Element(writer, "p", license, "license");
        writer.WriteEndElement();
    }));

    public XhtmlFile Topic(TopicPageView topic)
    {
        var content = new BookContent(links, media);
        var bytes = XhtmlFile.Write(Language, topic.Title, Stylesheet, writer =>
        {
            writer.WriteStartElement("section");
            writer.WriteAttributeString("epub", "type", BookContent.EpubNamespace, "chapter");
            BookXml.Element(writer, "h1", topic.Title);
            if (topic.Description is { } description) BookXml.Element(writer, "p", description, "lede");
            content.Write(writer, topic.Content.Decoded());
            BookReferences.Write(writer, content, links, book.Theme.BookText("references"), topic.References);
            writer.WriteEndElement();
        });
        return new XhtmlFile(BookLinks.TopicFile(BookLinks.Slug(topic.Path)), topic.Title, bytes, content.WroteSvg);
    }

    public XhtmlFile Glossary()
    {
        var title = book.Theme.Section("glossary").Title ?? book.Theme.Section("glossary").Label;
        var svg = false;
        var bytes = XhtmlFile.Write(Language, title, Stylesheet, writer =>
        {
            writer.WriteStartElement("section");
            writer.WriteAttributeString("epub", "type", BookContent.EpubNamespace, "glossary");
            BookXml.Element(writer, "h1", title);
            foreach (var term in book.Terms)
            {
                var slug = BookLinks.Slug(term.Path);
                var content = new BookContent(links, media, BookLinks.TermPrefix(slug));
                writer.WriteStartElement("section");
                writer.WriteAttributeString("id", BookLinks.TermId(slug));
                writer.WriteAttributeString("class", "term");
                BookXml.Element(writer, "h2", term.Title);
                BookXml.Element(writer, "p", term.Short, "definition");
                content.Write(writer, term.Content.Decoded());
                BookReferences.Write(writer, content, links, book.Theme.BookText("references"), term.References, level: "h3");
                writer.WriteEndElement();
                svg |= content.WroteSvg;
            }
            writer.WriteEndElement();
        });
        return new XhtmlFile(BookLinks.GlossaryFile, title, bytes, svg);
    }

    public XhtmlFile Source(SourcePageView source)
    {
        var content = new BookContent(links, media);
        var citation = source.Citation;
        var bytes = XhtmlFile.Write(Language, citation.Title, Stylesheet, writer =>
        {
            writer.WriteStartElement("section");
            writer.WriteAttributeString("epub", "type", BookContent.EpubNamespace, "chapter");
            BookXml.Element(writer, "h1", citation.Title);
            writer.WriteStartElement("dl");
            writer.WriteAttributeString("class", "citation");
            foreach (var field in citation.Fields.Where(f => f.Stated))
            {
                BookXml.Element(writer, "dt", field.Label);
                writer.WriteStartElement("dd");
                if (field.Href is { } href && links.Target(href) is { } target) BookXml.Link(writer, target, field.Value!);
                else BookContent.Text(writer, field.Value!);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            if (!source.Content.IsEmpty)
            {
                BookXml.Element(writer, "h2", book.Theme.BookText("summary"));
                content.Write(writer, source.Content.Decoded());
            }
            BookXml.Element(writer, "h2", book.Theme.BookText("text"));
            foreach (var block in source.Text)
            {
                if (block.IsHeading)
                {
                    writer.WriteStartElement("h3");
                    content.Write(writer, block.Html.Decoded());
                    writer.WriteFullEndElement();
                    continue;
                }
                writer.WriteStartElement("p");
                writer.WriteAttributeString("id", block.Anchor);
                writer.WriteAttributeString("class", "paragraph");
                BookXml.Element(writer, "span", block.Number.ToString(CultureInfo.InvariantCulture), "paragraph-number");
                writer.WriteString(" ");
                content.Write(writer, block.Html.Decoded());
                writer.WriteFullEndElement();
            }
            BookReferences.Write(writer, content, links, book.Theme.BookText("references"), source.References);
            writer.WriteEndElement();
        });
        return new XhtmlFile(BookLinks.SourceFile(citation.Id), citation.Title, bytes, content.WroteSvg);
    }

    /// <summary>The navigation document: the title page, the series, the glossary and the sources.</summary>
    public XhtmlFile Navigation(XhtmlFile titlePage, IReadOnlyList<XhtmlFile> topics, XhtmlFile? glossary, IReadOnlyList<XhtmlFile> sources)
    {
        var heading = book.Theme.BookText("contents");
        var bytes = XhtmlFile.Write(Language, heading, Stylesheet, writer =>
        {
            writer.WriteStartElement("nav");
            writer.WriteAttributeString("epub", "type", BookContent.EpubNamespace, "toc");
            writer.WriteAttributeString("id", "toc");
            BookXml.Element(writer, "h1", heading);
            writer.WriteStartElement("ol");
            Entry(writer, titlePage);
            Group(writer, book.Theme.Section("topics").Title ?? book.Theme.Section("topics").Label, topics);
            if (glossary is not null) Entry(writer, glossary);
            Group(writer, book.Theme.Section("sources").Title ?? book.Theme.Section("sources").Label, sources);
            writer.WriteEndElement();
            writer.WriteEndElement();
        });
        return new XhtmlFile("nav.xhtml", heading, bytes);
    }

    private static void Group(XmlWriter writer, string title, IReadOnlyList<XhtmlFile> files)
    {
        if (files.Count == 0) return;
        writer.WriteStartElement("li");
        BookXml.Element(writer, "span", title);
        writer.WriteStartElement("ol");
        foreach (var file in files) Entry(writer, file);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Entry(XmlWriter writer, XhtmlFile file)
    {
        writer.WriteStartElement("li");
        BookXml.Link(writer, file.Name, file.Title);
        writer.WriteEndElement();
    }

    private static (string Before, string After) Split(string text, string placeholder)
    {
        var at = text.IndexOf(placeholder, StringComparison.Ordinal);
        return at < 0 ? (text + " ", "") : (text[..at], text[(at + placeholder.Length)..]);
    }
}
