using System.Runtime.InteropServices;

namespace Explainer.Output;

/// <summary>
/// Makes builds that publish into the same output folder take turns: each holds an exclusive
/// lock on the folder's parent while it compares, carries over and swaps, so two builds at once
/// give one complete site, never a mix. Locking the parent itself leaves no lock file behind.
/// Where the system has no flock (Windows), builds are not serialised.
/// </summary>
public sealed partial class FolderLock : IDisposable
{
    private const int ReadOnly = 0;
    private const int Directory = 0x10000; // O_DIRECTORY on Linux
    private const int Exclusive = 2; // LOCK_EX

    private readonly int _descriptor;

    private FolderLock(int descriptor) => _descriptor = descriptor;

    /// <summary>Waits until no other build holds the lock on <paramref name="folder"/>.</summary>
    public static FolderLock Acquire(string folder)
    {
        if (!OperatingSystem.IsLinux()) return new FolderLock(-1);
        var descriptor = open(folder, ReadOnly | Directory);
        if (descriptor >= 0 && flock(descriptor, Exclusive) != 0)
        {
            close(descriptor);
            descriptor = -1;
        }
        return new FolderLock(descriptor);
    }

    public void Dispose()
    {
        if (_descriptor >= 0) close(_descriptor); // closing releases the lock
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int flock(int descriptor, int operation);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int close(int descriptor);
}
