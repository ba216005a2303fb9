using System.Security.Cryptography;
using Explainer.Bench;

namespace Explainer.Tests.Bench;

/// <summary>
/// The benchmark's corpus generator writes exactly what the shared gen_corpus.py writes for the
/// same size and seed: the digests below were printed by gen_corpus.py (version 2) on this project's
/// machines, so our figures are on the very pages Hugo and Eleventy were measured on.
/// </summary>
public sealed class CorpusTests
{
    [Fact]
    public void Plain_corpus_is_byte_identical_to_gen_corpus_py()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        try
        {
            Assert.Equal("89b00041ec9f501fd88e7466316f459fc04dcab6e56597e8e01832f8453d8ea0", Corpus.Write(50, folder, full: false));
            Assert.Equal(50, Directory.EnumerateFiles(Path.Combine(folder, "topics")).Count());
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void Full_corpus_is_byte_identical_to_gen_corpus_py_including_glossary_sources_and_seeds()
    {
        var folder = Directory.CreateTempSubdirectory("corpus-").FullName;
        try
        {
            Assert.Equal("a7e8fb794825a2fd53762cc1547b097abba5435b5bff07bfd5311dbc0fac265c", Corpus.Write(50, folder, full: true));
            var everything = new[] { "input", "seeds" }
                .SelectMany(d => Directory.EnumerateFiles(Path.Combine(folder, d), "*", SearchOption.AllDirectories))
                .Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)
                .SelectMany(f => File.ReadAllBytes(Path.Combine(folder, f))).ToArray();
            Assert.Equal("7b985c0ec1db9b1422e19807dde36610ba6f157607e8575b458bf1e234ae9291", Convert.ToHexStringLower(SHA256.HashData(everything)));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }
}
