using System.Globalization;
using Explainer.Data;
using Explainer.Settings;
using Scriban.Runtime;

namespace Explainer.Theme;

/// <summary>
/// The functions themes may call besides Scriban's own: <c>rel_url path</c> and <c>abs_url path</c>
/// (apply the link root and host to a site path), <c>format_date d</c> ("2 November 2018") and
/// <c>iso_date d</c> ("2018-11-02"), for full and partial dates.
/// </summary>
public static class TemplateFunctions
{
    public static ScriptObject For(SiteUrls urls)
    {
        var functions = new ScriptObject();
        functions.SetValue("rel_url", new TemplateFunction("rel_url", (context, path) => urls.Link(context.ObjectToString(path) ?? "")), readOnly: true);
        functions.SetValue("abs_url", new TemplateFunction("abs_url", (context, path) => urls.Absolute(context.ObjectToString(path) ?? "")), readOnly: true);
        functions.SetValue("format_date", new TemplateFunction("format_date", (_, date) => LongDate(date)), readOnly: true);
        functions.SetValue("iso_date", new TemplateFunction("iso_date", (_, date) => IsoDate(date)), readOnly: true);
        return functions;
    }

    public static string LongDate(object? value) => value switch
    {
        DateOnly d => d.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        PartialDate p => p.ToLongText(),
        null => "",
        _ => value.ToString() ?? "",
    };

    public static string IsoDate(object? value) => value switch
    {
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        PartialDate p => p.ToString(),
        null => "",
        _ => value.ToString() ?? "",
    };
}
