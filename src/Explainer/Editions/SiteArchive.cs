using System.IO.Compression;

namespace Explainer.Editions;

/// <summary>
/// Writes a zip of files, all inside one folder named like the zip (unzipping it makes one folder,
/// not a heap of files), in the order given, each with the edition's date as its time and the
/// permissions of an ordinary readable file, so the same files give the same bytes. Files that are
/// compressed already (the e-book, images) are stored as they are: compressing them again would
/// take time and save nothing.
/// </summary>
public static class SiteArchive
{
    private static readonly HashSet<string> Compressed = new(StringComparer.OrdinalIgnoreCase)
    {
        ".epub", ".zip", ".gz", ".br", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".woff", ".woff2", ".mp3", ".mp4", ".webm",
    };

    // S_IFREG | rw-r--r--, in the high 16 bits as zip tools read them: the same on every platform the build runs on.
    private const int RegularFile = (0x8000 | 0x1A4) << 16;

    public static void Write(Stream output, string folder, IEnumerable<(string Path, byte[] Bytes)> entries, DateOnly date)
    {
        var time = EntryTime(date);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var (path, bytes) in entries)
        {
            var entry = zip.CreateEntry($"{folder}/{path}", Compressed.Contains(Path.GetExtension(path)) ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
            entry.LastWriteTime = time;
            entry.ExternalAttributes = RegularFile;
            using var stream = entry.Open();
            stream.Write(bytes);
        }
    }

    /// <summary>The time every entry of a download carries: the edition's date at midnight; a zip cannot record a time before 1980.</summary>
    public static DateTimeOffset EntryTime(DateOnly date)
    {
        var day = date.Year < 1980 ? new DateOnly(1980, 1, 1) : date;
        return new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
