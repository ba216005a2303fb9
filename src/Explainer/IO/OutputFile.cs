using System.Text;

namespace Explainer.IO;

/// <summary>
/// Writes a file into the fresh staging folder with one call after opening. File.WriteAllText
/// would also preallocate, lock and truncate: three system calls per file that a new file in a
/// folder of our own does not need (advisory locking is switched off in the project file too).
/// </summary>
public static class OutputFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteNew(string path, ReadOnlySpan<byte> bytes)
    {
        using var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write);
        RandomAccess.Write(handle, bytes, fileOffset: 0);
    }

    /// <summary>
    /// Copies a file the site publishes unchanged. A source of size zero is never opened, only
    /// written empty: named pipes and devices report size zero, and opening one would wait forever.
    /// </summary>
    public static void Copy(string from, string to)
    {
        if (new FileInfo(from).Length == 0) File.WriteAllBytes(to, []);
        else File.Copy(from, to, overwrite: true);
    }

    /// <summary>The bytes of a document's finished file: what its layout rendered, or its text as UTF-8.</summary>
    public static Utf8Text ContentOf(Pipeline.Document document) =>
        document.Get<Utf8Text>(Pipeline.Keys.Rendered) ?? Utf8Text.From(document.Content);
}
