using System.Text;
using Explainer.Model;

namespace Explainer.Publishing;

/// <summary>Citation data as BibTeX entries, escaped so LaTeX reads the text as written.</summary>
public static class BibTex
{
    public static string Entry(SourceCitation source)
    {
        var fields = new List<(string, string)> { ("title", source.TitleSupplied ? $"[{source.Title}]" : source.Title) };
        if (source.Authors.Count > 0) fields.Add(("author", string.Join(" and ", source.Authors.Select(Name))));
        if (source.ContainerTitle is { } container) fields.Add((source.Type.StartsWith("article", StringComparison.Ordinal) ? "journal" : "howpublished", container));
        if (source.Publisher is { } publisher) fields.Add(("publisher", publisher));
        if (source.Issued is { } issued)
        {
            fields.Add(("year", issued.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (issued.Month is { } month) fields.Add(("month", month.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        if (source.Url is { } url) fields.Add(("url", url));
        if (source.Issued is null) fields.Add(("note", "Date not stated in the document"));
        return Format(source.Type.StartsWith("article", StringComparison.Ordinal) ? "article" : source.Type == "report" ? "techreport" : "misc", source.Id, fields);
    }

    public static string Entry(PageCitation page)
    {
        var fields = new List<(string, string)> { ("title", page.Title), ("howpublished", page.SiteTitle), ("url", page.Url) };
        if (page.Author is { } author) fields.Insert(0, ("author", "{" + author + "}"));
        if (page.Issued is { } issued) fields.Add(("year", issued.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return Format("misc", page.Id, fields);
    }

    private static string Format(string type, string key, List<(string Name, string Value)> fields)
    {
        var text = new StringBuilder().Append('@').Append(type).Append('{').Append(key.Replace(' ', '-')).Append(",\n");
        foreach (var (name, value) in fields)
            text.Append("  ").Append(name).Append(" = {").Append(name is "url" ? value : Escape(value)).Append("},\n");
        return text.Append("}\n").ToString();
    }

    private static string Name(PersonName name) => name.Literal is { } literal ? "{" + Escape(literal) + "}" : $"{Escape(name.Family ?? "")}, {Escape(name.Given ?? "")}";

    /// <summary>Escapes LaTeX's special characters; typographic quotes and other Unicode stay as they are (biber reads UTF-8).</summary>
    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny(Special) < 0) return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': escaped.Append(@"\textbackslash{}"); break;
                case '{' or '}' or '&' or '%' or '$' or '#' or '_': escaped.Append('\\').Append(c); break;
                case '~': escaped.Append(@"\textasciitilde{}"); break;
                case '^': escaped.Append(@"\textasciicircum{}"); break;
                default: escaped.Append(c); break;
            }
        }
        return escaped.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("\\{}&%$#_~^");
}
