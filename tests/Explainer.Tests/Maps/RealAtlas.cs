using Explainer.Maps;
using Explainer.Tests.Support;

namespace Explainer.Tests.Maps;

/// <summary>The atlas the site draws (node_modules/world-atlas, installed by npm), read once for all map tests.</summary>
internal static class RealAtlas
{
    private static readonly Lazy<WorldAtlas> Loaded = new(() =>
        WorldAtlas.Load(WorldAtlas.Locate(RepositoryRoot.Path) ?? throw new InvalidOperationException("world-atlas is not installed: run npm ci")));

    public static WorldAtlas Atlas => Loaded.Value;
}
