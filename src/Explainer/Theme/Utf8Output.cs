using System.Buffers;
using System.Text;
using Explainer.IO;
using Scriban.Runtime;

namespace Explainer.Theme;

/// <summary>
/// Where a layout writes its page: encoded to UTF-8 as it is written, so the page never exists as a
/// .NET string on its way to the file, and a page body that is UTF-8 already (<see cref="RawHtml"/>)
/// is copied in as it is. One per thread, reused page after page.
/// </summary>
public sealed class Utf8Output : IScriptOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ArrayBufferWriter<byte> _bytes = new(64 * 1024);

    // Each write is whole text (a template's literal text between tags, or a value), never half a character pair.
    public void Write(string text, int offset, int count)
    {
        Write(text.AsSpan(offset, count));
    }

    public void Write(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty) return;
        _bytes.Advance(Utf8.GetBytes(chars, _bytes.GetSpan(Utf8.GetMaxByteCount(chars.Length))));
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void WriteUtf8(ReadOnlySpan<byte> utf8) => _bytes.Write(utf8);

    /// <summary>The page written so far; the output is then empty for the next page.</summary>
    public Utf8Text Take()
    {
        var page = Utf8Text.From(_bytes.WrittenSpan);
        _bytes.ResetWrittenCount();
        return page;
    }
}
