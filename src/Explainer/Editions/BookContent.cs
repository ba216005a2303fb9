using System.Xml;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Explainer.Editions;

/// <summary>
/// Writes HTML the site rendered (a page's body, a source paragraph) into an e-book file as XHTML:
/// parsed as a browser would, then written element by element with an <see cref="XmlWriter"/>, so
/// the result is well-formed XML whatever the HTML's syntax. On the way, links go where the book
/// holds their target (<see cref="BookLinks"/>), ids take the part's prefix (the glossary's terms share
/// one file), citation markers become EPUB note references, and what only the website needs
/// (scripts, forms, search attributes, text for screen readers beside a link's number) is left out.
/// </summary>
/// <param name="idPrefix">Put before every id and #fragment of the part, so parts sharing a file keep their ids apart.</param>
public sealed class BookContent(BookLinks links, BookMedia media, string idPrefix = "")
{
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public const string EpubNamespace = "http://www.idpf.org/2007/ops";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "form", "input", "button", "select", "textarea", "iframe", "object", "embed",
    };

    private static readonly HashSet<string> IdReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "aria-labelledby", "aria-describedby", "aria-controls", "headers", "for",
    };

    [ThreadStatic]
    private static (HtmlParser Parser, IElement Context)? _parser;

    /// <summary>Whether anything written so far held inline SVG (its file's manifest entry must say so).</summary>
    public bool WroteSvg { get; private set; }

    /// <summary>Writes an HTML fragment's content as XHTML.</summary>
    public void Write(XmlWriter writer, string html)
    {
        var (parser, context) = _parser ??= NewParser();
        foreach (var node in parser.ParseFragment(html, context)) Write(writer, node);
    }

    /// <summary>Writes plain text, leaving out characters XML cannot hold.</summary>
    public static void Text(XmlWriter writer, string text) => writer.WriteString(XmlText.Clean(text));

    /// <summary>An id of this part as the book writes it.</summary>
    public string Id(string id) => idPrefix + id;

    /// <summary>A link as the book writes it: a #fragment of this part, or <see cref="BookLinks.Target"/>.</summary>
    public string? Href(string href) => href.StartsWith('#') ? "#" + Id(href[1..]) : links.Target(href);

    private static (HtmlParser, IElement) NewParser()
    {
        var parser = new HtmlParser();
        return (parser, parser.ParseDocument("").Body!);
    }

    private void Write(XmlWriter writer, INode node)
    {
        switch (node)
        {
            case IText text:
                Text(writer, text.Data);
                break;
            case IElement element when !Dropped.Contains(element.LocalName) && !element.ClassList.Contains("visually-hidden"):
                if (element.LocalName == "img" && element.NamespaceUri == XhtmlNamespace) Image(writer, element);
                else Element(writer, element);
                break;
        }
    }

    private void Element(XmlWriter writer, IElement element)
    {
        var inSvg = element.NamespaceUri == "http://www.w3.org/2000/svg";
        WroteSvg |= inSvg;
        writer.WriteStartElement(element.LocalName, element.NamespaceUri ?? XhtmlNamespace);
        var isLink = element.LocalName == "a" && !inSvg;
        var unlinked = isLink && element.GetAttribute("href") is { } href && Href(href) is null;
        foreach (var attribute in element.Attributes) Attribute(writer, attribute, unlinked);
        if (isLink && element.ClassList.Contains("cite")) writer.WriteAttributeString("epub", "type", EpubNamespace, "noteref");
        foreach (var child in element.ChildNodes) Write(writer, child);
        // Void elements (br, hr, img...) close themselves; an empty paragraph or link is written open and closed.
        if (element.ChildNodes.Length == 0 && IsVoid(element.LocalName)) writer.WriteEndElement();
        else writer.WriteFullEndElement();
    }

    // Shown if the book can hold the image, else its alternative text stands in.
    private void Image(XmlWriter writer, IElement image)
    {
        if (image.GetAttribute("src") is not { } src || media.Use(src) is not { } inBook)
        {
            Text(writer, image.GetAttribute("alt") ?? "");
            return;
        }
        writer.WriteStartElement("img", XhtmlNamespace);
        writer.WriteAttributeString("src", inBook);
        writer.WriteAttributeString("alt", XmlText.Clean(image.GetAttribute("alt") ?? ""));
        foreach (var name in new[] { "width", "height", "title", "class" })
            if (image.GetAttribute(name) is { } value) writer.WriteAttributeString(name, XmlText.Clean(value));
        writer.WriteEndElement();
    }

    /// <param name="unlinked">The element is a link the book cannot follow: its href and what describes the target go.</param>
    private void Attribute(XmlWriter writer, IAttr attribute, bool unlinked)
    {
        var name = attribute.LocalName;
        if (attribute.NamespaceUri == XmlnsNamespace || name.StartsWith("data-", StringComparison.Ordinal) || name.StartsWith("on", StringComparison.OrdinalIgnoreCase)
            || name is "srcset" or "style" || !IsXmlName(name)) return;
        if (unlinked && name is "href" or "rel" or "hreflang" or "target" or "download" or "type") return;
        var value = attribute.Value;
        if (attribute.NamespaceUri is null)
        {
            if (name == "id") value = Id(value);
            else if (IdReferences.Contains(name)) value = string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Id));
            else if (name is "href" or "cite")
            {
                if (Href(value) is not { } target) return;
                value = target;
            }
            writer.WriteAttributeString(name, XmlText.Clean(value));
            return;
        }
        writer.WriteAttributeString(attribute.Prefix, name, attribute.NamespaceUri, XmlText.Clean(value));
    }

    private static bool IsXmlName(string name) => name.Length > 0 && XmlConvert.IsStartNCNameChar(name[0]) && name.All(XmlConvert.IsNCNameChar);

    private static bool IsVoid(string name) => name is "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "link" or "meta" or "source" or "track" or "wbr";
}
