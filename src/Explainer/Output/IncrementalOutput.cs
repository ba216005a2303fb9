using Explainer.Pipeline;

namespace Explainer.Output;

/// <summary>
/// Publishes a preview session's incremental build in place: writes the pages whose content
/// changed and removes the files the site no longer has, keeping the folder's manifest in step. Runs only after the whole build passed,
/// so a failed build leaves the served site as it was. Files the build did not make (the search
/// index) are left alone.
/// </summary>
public static class IncrementalOutput
{
    /// <returns>The destinations written or removed.</returns>
    public static List<string> Publish(string output, IReadOnlyList<Document> documents, IReadOnlyDictionary<string, string> previous, IReadOnlyDictionary<string, string> current)
    {
        var changed = new List<string>();
        var removed = new List<string>();
        foreach (var document in documents.Where(d => d.Get(Keys.PendingWrite)))
        {
            var path = Path.Combine(output, document.Destination);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            // Written beside and renamed over the old file: a reader of the served site gets the old page or the new one, never half of one.
            var fresh = $"{path}.{Environment.ProcessId}.new";
            if (document.Get(Keys.CopyFrom) is { } from) IO.OutputFile.Copy(from, fresh);
            else File.WriteAllBytes(fresh, IO.OutputFile.ContentOf(document).Bytes);
            File.Move(fresh, path, overwrite: true);
            changed.Add(document.Destination);
        }
        foreach (var gone in previous.Keys.Where(d => !current.ContainsKey(d)))
        {
            var path = Path.Combine(output, gone);
            if (File.Exists(path)) File.Delete(path);
            RemoveEmptyFolders(Path.GetDirectoryName(path)!, output);
            removed.Add(gone);
        }
        OutputManifest.Update(output, changed, removed);
        changed.AddRange(removed);
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    private static void RemoveEmptyFolders(string folder, string output)
    {
        while (folder.Length > output.Length && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder);
            folder = Path.GetDirectoryName(folder)!;
        }
    }
}
