using System.Buffers;
using System.Text;

namespace Explainer.IO;

/// <summary>
/// Writes a page into the fresh staging folder: encoded to UTF-8 (no byte order mark) once, into
/// a pooled buffer, and written with one call after opening. File.WriteAllText would also
/// preallocate, lock and truncate, three system calls per file that a new file in a folder of
/// our own does not need (advisory locking is switched off in the project file for the same reason).
/// </summary>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes the text as a new file and, when asked, returns the fingerprint of the bytes written.</summary>
    public static string? WriteNew(string path, string text, bool fingerprint)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            var length = Utf8.GetBytes(text, buffer);
            using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
            RandomAccess.Write(handle, buffer.AsSpan(0, length), fileOffset: 0);
            return fingerprint ? Pipeline.ContentHash.Of(buffer.AsSpan(0, length)) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
