using System.Text;

namespace Explainer.IO;

/// <summary>
/// Text held as UTF-8 bytes: a rendered page body waiting for its layout, or a finished page on
/// its way to the file. As UTF-8 it takes half the room of a .NET string, and it is made straight
/// from the renderer's buffer, so no page-sized string is built just to be encoded and dropped.
/// </summary>
public sealed class Utf8Text
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly byte[] _bytes;

    private Utf8Text(byte[] bytes) => _bytes = bytes;

    public static Utf8Text Empty { get; } = new([]);

    public ReadOnlySpan<byte> Bytes => _bytes;

    private string? _fingerprint;

    /// <summary>The fingerprint of the bytes, worked out once: a page reused by a preview session keeps it.</summary>
    public string Fingerprint => _fingerprint ??= Pipeline.ContentHash.Of(_bytes);

    public static Utf8Text From(string text) => new(Utf8.GetBytes(text));

    /// <summary>Takes an array of UTF-8 as it is, without a copy: the caller gives it up.</summary>
    public static Utf8Text Own(byte[] utf8) => new(utf8);

    /// <summary>A copy of bytes that are UTF-8 already.</summary>
    public static Utf8Text From(ReadOnlySpan<byte> utf8) => new(utf8.ToArray());

    [ThreadStatic]
    private static (Encoder Encoder, byte[] Buffer)? _scratch;

    /// <summary>Encodes what a writer built, chunk by chunk (a character pair split between chunks stays whole).</summary>
    public static Utf8Text From(StringBuilder text)
    {
        var (encoder, buffer) = _scratch ??= (Utf8.GetEncoder(), new byte[64 * 1024]);
        var needed = Utf8.GetMaxByteCount(text.Length);
        if (buffer.Length < needed) _scratch = (encoder, buffer = new byte[needed]);
        encoder.Reset();
        var written = 0;
        foreach (var chunk in text.GetChunks())
            written += encoder.GetBytes(chunk.Span, buffer.AsSpan(written), flush: false);
        written += encoder.GetBytes([], buffer.AsSpan(written), flush: true);
        return new Utf8Text(buffer.AsSpan(0, written).ToArray());
    }

    public override string ToString() => Utf8.GetString(_bytes);
}
