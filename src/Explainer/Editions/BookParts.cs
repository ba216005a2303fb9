using System.Globalization;
using System.Xml;
using Explainer.Theme;
using Explainer.Theme.Views;

namespace Explainer.Editions;

/// <summary>What the e-book is made of: the site's own views of its published pages, in the book's order.</summary>
/// <param name="Topics">The series, in reading order.</param>
/// <param name="Terms">The glossary, from A to Z.</param>
/// <param name="Sources">The sources, in the bibliography's order.</param>
/// <param name="Stylesheet">The book's stylesheet (theme/ebook.css), or null.</param>
public sealed record BookMaterial(
    BookTitle Title,
    IReadOnlyList<TopicPageView> Topics,
    IReadOnlyList<TermPageView> Terms,
    IReadOnlyList<SourcePageView> Sources,
    ThemeData Theme,
    string? Stylesheet);

/// <summary>The book's metadata and title page: the site's title, description, author, licence, language, date and address.</summary>
/// <param name="OnlineUrl">The site's home page online, when its Host is known.</param>
public sealed record BookTitle(string Title, string? Description, string? Author, string? License, string Language, DateOnly Date, string? OnlineUrl);

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
        Element(writer, "h1", title.Title);
        if (title.Description is { } description) Element(writer, "p", description, "description");
        if (title.Author is { } author) Element(writer, "p", author, "author");
        Element(writer, "p", book.Theme.BookText("edition").Replace("{date}", title.Date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)), "edition");
        if (title.OnlineUrl is { } online)
        {
            writer.WriteStartElement("p");
            writer.WriteAttributeString("class", "online");
            var (before, after) = Split(book.Theme.BookText("online"), "{url}");
            BookContent.Text(writer, before);
            Link(writer, online, online);
            BookContent.Text(writer, after);
            writer.WriteEndElement();
        }
        if (title.License is { } license) Element(writer, "p", license, "license");
        writer.WriteEndElement();
    }));

    public XhtmlFile Topic(TopicPageView topic)
    {
        var content = new BookContent(links, media);
        var bytes = XhtmlFile.Write(Language, topic.Title, Stylesheet, writer =>
        {
            writer.WriteStartElement("section");
            writer.WriteAttributeString("epub", "type", BookContent.EpubNamespace, "chapter");
            Element(writer, "h1", topic.Title);
            if (topic.Description is { } description) Element(writer, "p", description, "lede");
            content.Write(writer, topic.Content.Decoded());
            References(writer, content, topic.References);
            writer.WriteEndElement();
        });
        return new XhtmlFile(BookLinks.TopicFile(Slug(topic.Path)), topic.Title, bytes, content.WroteSvg);
    }

    public XhtmlFile Glossary()
    {
        var title = book.Theme.Section("glossary").Title ?? book.Theme.Section("glossary").Label;
        var svg = false;
        var bytes = XhtmlFile.Write(Language, title, Stylesheet, writer =>
        {
            writer.WriteStartElement("section");
            writer.WriteAttributeString("epub", "type", BookContent.EpubNamespace, "glossary");
            Element(writer, "h1", title);
            foreach (var term in book.Terms)
            {
                var slug = Slug(term.Path);
                var content = new BookContent(links, media, BookLinks.TermPrefix(slug));
                writer.WriteStartElement("section");
                writer.WriteAttributeString("id", BookLinks.TermId(slug));
                writer.WriteAttributeString("class", "term");
                Element(writer, "h2", term.Title);
                Element(writer, "p", term.Short, "definition");
                content.Write(writer, term.Content.Decoded());
                References(writer, content, term.References, level: "h3");
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
            Element(writer, "h1", citation.Title);
            writer.WriteStartElement("dl");
            writer.WriteAttributeString("class", "citation");
            foreach (var field in citation.Fields.Where(f => f.Stated))
            {
                Element(writer, "dt", field.Label);
                writer.WriteStartElement("dd");
                if (field.Href is { } href && links.Target(href) is { } target) Link(writer, target, field.Value!);
                else BookContent.Text(writer, field.Value!);
                writer.WriteEndElement();
            }
            writer.WriteEndElement();
            if (!source.Content.IsEmpty)
            {
                Element(writer, "h2", book.Theme.BookText("summary"));
                content.Write(writer, source.Content.Decoded());
            }
            Element(writer, "h2", book.Theme.BookText("text"));
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
                Element(writer, "span", block.Number.ToString(CultureInfo.InvariantCulture), "paragraph-number");
                writer.WriteString(" ");
                content.Write(writer, block.Html.Decoded());
                writer.WriteFullEndElement();
            }
            References(writer, content, source.References);
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
            Element(writer, "h1", heading);
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
        Element(writer, "span", title);
        writer.WriteStartElement("ol");
        foreach (var file in files) Entry(writer, file);
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    private static void Entry(XmlWriter writer, XhtmlFile file)
    {
        writer.WriteStartElement("li");
        Link(writer, file.Name, file.Title);
        writer.WriteEndElement();
    }

    // A part's reference list, as on the site: each entry names the source and links to the paragraph, quotes it, and links back to the text.
    private void References(XmlWriter writer, BookContent content, IReadOnlyList<ReferenceView> references, string level = "h2")
    {
        if (references.Count == 0) return;
        writer.WriteStartElement("section");
        writer.WriteAttributeString("class", "references");
        writer.WriteAttributeString("epub", "type", BookContent.EpubNamespace, "endnotes");
        Element(writer, level, book.Theme.BookText("references"));
        writer.WriteStartElement("ol");
        foreach (var reference in references)
        {
            writer.WriteStartElement("li");
            writer.WriteAttributeString("id", content.Id(reference.Anchor));
            writer.WriteAttributeString("value", reference.Number.ToString(CultureInfo.InvariantCulture));
            writer.WriteAttributeString("epub", "type", BookContent.EpubNamespace, "endnote");
            writer.WriteStartElement("p");
            writer.WriteStartElement("cite");
            if (links.Target(reference.SourceUrl) is { } source) Link(writer, source, reference.SourceTitle);
            else BookContent.Text(writer, reference.SourceTitle);
            writer.WriteEndElement();
            if (reference.Container is { } container) BookContent.Text(writer, ", " + container);
            if (reference.Date is { } date) BookContent.Text(writer, ", " + date);
            if (reference.Locator.Length > 0 && links.Target(reference.Href) is { } paragraph)
            {
                writer.WriteString(", ");
                Link(writer, paragraph, reference.Locator);
            }
            foreach (var backref in reference.Backrefs)
            {
                writer.WriteString(" ");
                Link(writer, "#" + content.Id(backref.Anchor), reference.Backrefs.Count == 1 ? "↩" : $"↩{backref.Number}", "backref");
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

    private static void Element(XmlWriter writer, string name, string text, string? className = null)
    {
        writer.WriteStartElement(name);
        if (className is not null) writer.WriteAttributeString("class", className);
        BookContent.Text(writer, text);
        writer.WriteFullEndElement();
    }

    private static void Link(XmlWriter writer, string href, string text, string? className = null)
    {
        writer.WriteStartElement("a");
        writer.WriteAttributeString("href", href);
        if (className is not null) writer.WriteAttributeString("class", className);
        BookContent.Text(writer, text);
        writer.WriteFullEndElement();
    }

    private static (string Before, string After) Split(string text, string placeholder)
    {
        var at = text.IndexOf(placeholder, StringComparison.Ordinal);
        return at < 0 ? (text + " ", "") : (text[..at], text[(at + placeholder.Length)..]);
    }

    // "/topics/a/" is "a".
    private static string Slug(string sitePath) => sitePath.TrimEnd('/')[(sitePath.TrimEnd('/').LastIndexOf('/') + 1)..];
}
