namespace Explainer.Tests.Support;

/// <summary>Small inline sites many tests start from; each test adds or overrides files it cares about.</summary>
public static class Trees
{
    /// <summary>A source with a seed of four paragraphs (one caption to drop), two terms and two topics.</summary>
    public const string Small = """
        -- seeds/report.txt --
        Photo: a caption that is not part of the text

        The ministry began the project in 1994.

        Cameras now watch most streets.

        Critics say the system stifles dissent.1

        Officials deny this.
        -- input/sources/report.md --
        ---
        seed: report.txt
        title: "A Report on Cameras"
        type: report
        container-title: The Review
        issued: 2019-05
        cleanup:
          drop:
            - starts-with: "Photo:"
          footnote-markers: true
        ---
        A report on cameras [@report, ¶2].
        -- input/glossary/surveillance-camera.md --
        ---
        term: surveillance camera
        aliases: [cameras, CCTV]
        short: A camera that records public or private spaces for monitoring.
        related: [golden-shield]
        ---
        Cameras watch streets [@report, ¶2].
        -- input/glossary/golden-shield.md --
        ---
        term: Golden Shield Project
        short: A national surveillance project.
        related: [surveillance-camera]
        ---
        The project began in 1994 [@report, ¶1].
        -- input/topics/at-home.md --
        ---
        title: At home
        description: How the system works at home.
        order: 1
        date: 2020-01-02
        tags: [cameras]
        related: [abroad]
        ---
        ## Origins

        The Golden Shield Project began in 1994 [@report, ¶1].

        ## Streets

        Cameras now watch most streets [@report, ¶2].
        -- input/topics/abroad.md --
        ---
        title: Abroad
        description: How it spreads.
        order: 2
        date: 2020-02-03
        ---
        Critics say the cameras stifle dissent [@report, ¶3]. See [the first part](/topics/at-home/#streets).
        """;
}
