namespace Explainer.BrowserTests.Support;

/// <summary>Finds the repository (the folder holding Explainer.sln) from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>A file of the Node tools that tests/run installs into node_modules/.</summary>
    public static string NodeTool(params string[] parts) => System.IO.Path.Combine([Path, "node_modules", .. parts]);

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Explainer.sln"))) return folder.FullName;
        throw new InvalidOperationException("Explainer.sln not found above " + AppContext.BaseDirectory);
    }
}
