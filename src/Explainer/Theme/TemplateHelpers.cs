using System.Globalization;
using System.Text.Json;
using Explainer.Data;
using Explainer.Settings;
using HandlebarsDotNet;

namespace Explainer.Theme;

/// <summary>
/// The helpers themes may use: {{relUrl path}} and {{absUrl path}} (apply the link root and host),
/// {{formatDate d}} and {{isoDate d}}, {{json value}} (safe inside a script element), {{eq a b}},
/// {{count list}} and {{join list sep}}. Helper names are chosen so they never shadow a
/// metadata key: Handlebars.Net tries helpers before properties, ignoring case.
/// </summary>
public static class TemplateHelpers
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    public static void Register(IHandlebars handlebars, SiteUrls urls)
    {
        handlebars.RegisterHelper("relUrl", (Context _, Arguments a) => urls.Link(Text(a, 0)));
        handlebars.RegisterHelper("absUrl", (Context _, Arguments a) => urls.Absolute(Text(a, 0)));
        handlebars.RegisterHelper("formatDate", (Context _, Arguments a) => LongDate(a.Length > 0 ? a[0] : null));
        handlebars.RegisterHelper("isoDate", (Context _, Arguments a) => IsoDate(a.Length > 0 ? a[0] : null));
        handlebars.RegisterHelper("eq", (Context _, Arguments a) => a.Length == 2 && Equals(a[0]?.ToString(), a[1]?.ToString()));
        handlebars.RegisterHelper("count", (Context _, Arguments a) => a.Length > 0 && a[0] is System.Collections.ICollection c ? c.Count : 0);
        handlebars.RegisterHelper("join", (Context _, Arguments a) =>
            a.Length > 0 && a[0] is IEnumerable<object?> items ? string.Join(a.Length > 1 ? Text(a, 1) : ", ", items) : "");
        // Raw output: the default JSON encoder escapes <, > and & so the value cannot end a <script> element.
        handlebars.RegisterHelper("json", (EncodedTextWriter writer, Context _, Arguments a) =>
            writer.Write(JsonSerializer.Serialize(a.Length > 0 ? a[0] : null, Json), false));
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

    private static string Text(Arguments a, int index) => a.Length > index ? a[index]?.ToString() ?? "" : "";
}
