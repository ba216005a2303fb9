using System.Text;
using Explainer.Diagnostics;

namespace Explainer.IO;

/// <summary>
/// Reads a file as UTF-8 text, telling apart missing, empty, too large, binary and valid files.
/// A file of size zero is never opened: named pipes and devices report size zero, and opening
/// one would wait forever.
/// </summary>
public static class TextFile
{
    /// <summary>The largest file read as text: far beyond any page or document, small enough to bound a build's time and memory.</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public enum Status { Ok, Empty, Binary, Unreadable, TooLarge }

    /// <summary>
    /// The error code for a file that cannot be used as text. Every reader reports with it, so a
    /// file that cannot be read at all is never reported as binary.
    /// </summary>
    public static ErrorCode CodeOf(Status status) => status switch
    {
        Status.Empty => ErrorCodes.EmptyFile,
        Status.Binary => ErrorCodes.BinaryFile,
        Status.TooLarge => ErrorCodes.TooLarge,
        Status.Unreadable => ErrorCodes.Io,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "a file read as text has no error code"),
    };

    /// <summary>The file's text without a byte-order mark; null unless the status is <see cref="Status.Ok"/>.</summary>
    public static (Status Status, string? Text, string? Error) Read(string path)
    {
        byte[] bytes;
        try
        {
            var size = new FileInfo(path).Length;
            if (size == 0) return (Status.Empty, null, null);
            if (size > MaxBytes) return (Status.TooLarge, null, $"it is {size / (1024 * 1024)} MiB, and text files over {MaxBytes / (1024 * 1024)} MiB are not read");
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (Status.Unreadable, null, e.Message);
        }
        var start = bytes.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        var content = bytes.AsSpan(start);
        if (content.IndexOf((byte)0) >= 0) return (Status.Binary, null, "it contains NUL bytes");
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException)
        {
            return (Status.Binary, null, "it is not valid UTF-8");
        }
        return string.IsNullOrWhiteSpace(text) ? (Status.Empty, null, null) : (Status.Ok, text, null);
    }
}
