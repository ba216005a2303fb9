namespace Explainer.Preview;

/// <summary>
/// Watches what a build reads (input/, theme/, seeds/ and statiq.json) and calls back once a
/// burst of changes has settled, so an editor's save (often several file events) triggers one rebuild.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(40);

    private readonly FileSystemWatcher _watcher;
    private readonly string _root;
    private readonly string _input;
    private readonly Timer _timer;

    public SiteWatcher(string root, string input, Action changed)
    {
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _input = Path.TrimEndingDirectorySeparator(Path.GetFullPath(input));
        _timer = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(CommonParent(_root, _input)) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
        _watcher.Changed += OnEvent;
        _watcher.Created += OnEvent;
        _watcher.Deleted += OnEvent;
        _watcher.Renamed += OnEvent;
        _watcher.EnableRaisingEvents = true;
    }

    /// <summary>Whether a changed path is something the build reads.</summary>
    public bool Matters(string path)
    {
        var full = Path.GetFullPath(path);
        if (Under(full, _input)) return !Path.GetFileName(full).StartsWith('.');
        return Under(full, Path.Combine(_root, "theme")) || Under(full, Path.Combine(_root, "seeds"))
            || full == Path.Combine(_root, Settings.SettingsReader.FileName);
    }

    private void OnEvent(object sender, FileSystemEventArgs e)
    {
        if (Matters(e.FullPath) || (e is RenamedEventArgs renamed && Matters(renamed.OldFullPath)))
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    private static bool Under(string path, string folder) => path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static string CommonParent(string a, string b)
    {
        var parent = a;
        while (!b.StartsWith(parent, StringComparison.Ordinal) && Path.GetDirectoryName(parent) is { } up) parent = up;
        return parent;
    }

    public void Dispose()
    {
        _watcher.Dispose();
        _timer.Dispose();
    }
}
