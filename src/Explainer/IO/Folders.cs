using System.Runtime.InteropServices;

namespace Explainer.IO;

/// <summary>
/// Creates the folder of an output file. A site of ten thousand pages makes ten thousand folders,
/// and Directory.CreateDirectory checks every parent first; on Linux one mkdir call usually does
/// it, with the full method only when a parent is missing.
/// </summary>
public static partial class Folders
{
    private const int AlreadyExists = 17; // EEXIST

    public static void Create(string folder)
    {
        if (OperatingSystem.IsLinux())
        {
            if (mkdir(folder, Convert.ToUInt32("755", 8)) == 0 || Marshal.GetLastPInvokeError() == AlreadyExists) return;
        }
        Directory.CreateDirectory(folder);
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int mkdir(string path, uint mode);
}
