using Explainer.Bench;

// The benchmark tool. Usage:
//   corpus N DIR [--full] [--seed S]   write the synthetic corpus (byte-identical to gen_corpus.py)
//   race [options]                      build it with ours, Hugo and Eleventy, alternating; print the table
//   rebuild ROOT PAGE [--runs R]        time preview rebuilds after a one-line edit of PAGE
//   index-bench OUTPUT [--runs 3] [--work DIR] [--max-fragments 1000]
//                                       time building the Pagefind index of a built site: the CLI against the service fed from memory
return Cli.Run(args);
