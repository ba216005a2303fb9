using System.Runtime.InteropServices;

namespace Explainer.Output;

/// <summary>
/// Exchanges two folders in one step where the system allows it (Linux renameat2 with
/// RENAME_EXCHANGE), so there is no moment at which the published folder is missing or half
/// written. Elsewhere it falls back to two renames.
/// </summary>
public static partial class AtomicSwap
{
    private const int AtCurrentDirectory = -100;
    private const uint RenameExchange = 2;

    /// <summary>Puts <paramref name="staging"/> at <paramref name="target"/>; afterwards the old target sits at <paramref name="staging"/>.</summary>
    public static void Exchange(string staging, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(staging, target);
            return;
        }
        if (OperatingSystem.IsLinux() && TryRenameExchange(staging, target)) return;
        var aside = staging + ".old";
        Directory.Move(target, aside);
        Directory.Move(staging, target);
        Directory.Move(aside, staging);
    }

    private static bool TryRenameExchange(string from, string to)
    {
        try
        {
            return renameat2(AtCurrentDirectory, from, AtCurrentDirectory, to, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int renameat2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
