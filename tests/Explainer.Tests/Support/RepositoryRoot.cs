namespace Explainer.Tests.Support;

/// <summary>Finds the repository (the folder holding Explainer.sln) from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Explainer.sln"))) return folder.FullName;
        throw new InvalidOperationException("Explainer.sln not found above " + AppContext.BaseDirectory);
    }
}
