using System.Text;
using Explainer.Tests.Support;

namespace Explainer.Tests.Errors;

/// <summary>The catalogue of content files that are not pages at all: empty, binary, or in another encoding.</summary>
[Collection(CliCollection.Name)]
public sealed class FileMistakeTests
{
    private static FailedBuild WithBytes(string path, byte[] bytes) =>
        FailedBuild.Of(Trees.Small, site =>
        {
            var full = Path.Combine(site.Root, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        });

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    public void An_empty_content_file_says_to_write_it_or_delete_it(string text)
    {
        var run = WithBytes("input/topics/empty.md", Encoding.UTF8.GetBytes(text));
        run.Reports("input/topics/empty.md:1:1: EXP207 the file is empty", "write the page or delete the file");
    }

    [Fact]
    public void A_binary_file_named_md_is_not_text()
    {
        var run = WithBytes("input/topics/photo.md", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        run.Reports("input/topics/photo.md:1:1: EXP208 the file is not UTF-8 text (it contains NUL bytes)", "save it as UTF-8");
    }

    [Fact]
    public void A_file_with_invalid_utf8_is_not_text()
    {
        var run = WithBytes("input/glossary/cafe.md", Encoding.Latin1.GetBytes("---\nterm: Café\nshort: A place.\n---\nBody.\n"));
        run.Reports("input/glossary/cafe.md:1:1: EXP208 the file is not UTF-8 text (it is not valid UTF-8)", "save it as UTF-8");
    }

    [Fact]
    public void A_utf16_file_is_not_utf8_text()
    {
        var run = WithBytes("input/topics/wide.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("---\ntitle: Wide\ndescription: x\n---\nBody.\n")).ToArray());
        run.Reports("input/topics/wide.md:1:1: EXP208 the file is not UTF-8 text", "save it as UTF-8");
    }

    [Fact]
    public void A_binary_discrepancies_file_is_not_text()
    {
        var run = WithBytes("input/data/discrepancies.yml", [0x00, 0x01, 0x02, 0xFF]);
        run.Reports("input/data/discrepancies.yml:1:1: EXP208 ");
    }

    [Fact]
    public void A_binary_country_aliases_file_is_reported_not_ignored()
    {
        var run = WithBytes("input/data/countries.yml", [0x00, 0x01, 0x02, 0xFF]);
        run.Reports("input/data/countries.yml:1:1: EXP208 ");
    }

    // A file held with FileShare.None cannot be opened again, even by root, for whom chmod 000 blocks nothing.
    [Theory]
    [InlineData("input/data/timeline.yml")]
    [InlineData("input/data/discrepancies.yml")]
    [InlineData("input/data/countries.yml")]
    public void An_unreadable_data_file_is_reported_as_unreadable_not_as_binary(string path)
    {
        FileStream? held = null;
        try
        {
            var run = FailedBuild.Of(Trees.Small, site =>
            {
                var full = Path.Combine(site.Root, path);
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.WriteAllText(full, "# held open by the test\n");
                held = new FileStream(full, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            });
            run.Reports($"{path}:1:1: EXP901 cannot read the file: ");
        }
        finally
        {
            held?.Dispose();
        }
    }
}
