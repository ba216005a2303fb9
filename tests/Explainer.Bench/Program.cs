using Explainer.Bench;

// The benchmark tool. Usage:
//   corpus N DIR [--full] [--seed S]   write the synthetic corpus (byte-identical to gen_corpus.py)
//   race [options]                      build it with ours, Hugo and Eleventy, alternating; print the table
//   rebuild ROOT PAGE [--runs R]        time preview rebuilds after a one-line edit of PAGE
return Cli.Run(args);
