using Explainer.IO;

namespace Explainer.Theme;

/// <summary>
/// A value that is HTML by construction (rendered Markdown, a partial's output, prepared JSON-LD):
/// templates write it as it is, while every other value they write is HTML-escaped.
/// </summary>
public sealed class RawHtml
{
    private readonly Utf8Text? _utf8;
    private string? _text;

    private RawHtml(string? text, Utf8Text? utf8)
    {
        _text = text;
        _utf8 = utf8;
    }

    public static RawHtml Empty { get; } = new("", null);

    public static RawHtml From(string html) => new(html, null);

    /// <summary>A page body kept as UTF-8 until a template writes it.</summary>
    public static RawHtml From(Utf8Text html) => new(null, html);

    /// <summary>Whether there is nothing to write (templates test <c>page.content.is_empty</c>).</summary>
    public bool IsEmpty => _utf8 is { } bytes ? bytes.Bytes.IsEmpty : _text!.Length == 0;

    /// <summary>What a preview session's layout cache tells bodies apart by, without decoding them.</summary>
    public string Fingerprint => _utf8?.Fingerprint ?? Pipeline.ContentHash.Of(_text!);

    public override string ToString() => _text ??= _utf8!.ToString();

    /// <summary>The HTML as a string, made for a reader that needs it once (the e-book), without keeping it: a page's body stays as small as it was.</summary>
    public string Decoded() => _text ?? _utf8!.ToString();

    /// <summary>Writes the HTML to a page being written as UTF-8, without decoding a body that is UTF-8 already.</summary>
    public void WriteTo(Utf8Output output)
    {
        if (_utf8 is { } bytes) output.WriteUtf8(bytes.Bytes);
        else output.Write(_text!, 0, _text!.Length);
    }
}
