using Explainer.Html;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Explainer.Theme;

/// <summary>
/// The context every theme template renders in. Scriban writes values as they are; here every
/// value a <c>{{ }}</c> writes is HTML-escaped (in text, attributes, URLs and the feed alike),
/// except <see cref="RawHtml"/>, which is HTML by construction, and except in a plain-text layout
/// (<see cref="EscapesValues"/>: robots.txt, the zip's README.txt). Unknown variables, functions and
/// members are errors, not empty text, so a typo in a template is reported where it is. Empty text
/// and empty lists count as false in an <c>if</c>, as in Liquid and Jinja, so
/// <c>{{ if page.toc }}</c> means "if there is a table of contents".
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    public HtmlTemplateContext(PartialInclude include, Scriban.Runtime.ScriptObject functions)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        // A sitemap lists every page and a source may be megabytes: Scriban's default limits on
        // iterations and on text (one million characters) would cut real pages short.
        LoopLimit = 0;
        LimitToString = 0;
        OutputLimit = 0;
        // A partial's output is written where the include stands, as it is: no indentation is added.
        AutoIndent = false;
        BuiltinObject.SetValue("include", include, readOnly: true);
        PushGlobal(functions);
    }

    // Scriban remembers only the types that are lists; for any other it asks reflection again on every
    // indexer, such as site.sections[page.section] on every page. Both answers are remembered here.
    private readonly Dictionary<Type, IListAccessor?> _listAccessors = [];

    protected override IListAccessor? GetListAccessorImpl(object target, Type type)
    {
        if (!_listAccessors.TryGetValue(type, out var accessor)) _listAccessors[type] = accessor = base.GetListAccessorImpl(target, type);
        return accessor;
    }

    /// <summary>False while a plain-text layout renders (its name ends in .txt): there markup means nothing and values are written as they are.</summary>
    public bool EscapesValues { get; set; } = true;

    private HtmlTemplateContext WriteRaw(RawHtml html, Utf8Output page)
    {
        html.WriteTo(page);
        return this;
    }

    public override bool ToBool(SourceSpan span, object? value) => value switch
    {
        string text => text.Length > 0,
        System.Collections.ICollection items => items.Count > 0,
        RawHtml html => !html.IsEmpty,
        _ => base.ToBool(span, value),
    };

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml html when Output is Utf8Output page => WriteRaw(html, page),
        RawHtml html => Write(html.ToString()),
        _ when !EscapesValues => Write(ObjectToString(textAsObject) ?? ""),
        _ when Output is Utf8Output page => WriteEscaped(ObjectToString(textAsObject) ?? "", page),
        _ => Write(TemplateEscaping.Html(ObjectToString(textAsObject) ?? "")),
    };

    private HtmlTemplateContext WriteEscaped(string text, Utf8Output page)
    {
        TemplateEscaping.WriteHtml(text, page);
        return this;
    }
}
