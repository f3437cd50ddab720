using BenchmarkDotNet.Running;
using Torikumi.Bench;

// `corpus DIR [N]` writes the generated plan variants as files (to look at them, or to feed other tools);
// anything else goes to BenchmarkDotNet (--filter, --job, --list …).
if (args is ["corpus", var dir, ..])
{
    var count = args.Length > 2 ? int.Parse(args[2]) : ParserBenchmarks.CorpusSize;
    var texts = new CorpusGenerator(SampleText.Load()).Generate(count);
    Directory.CreateDirectory(dir);
    for (var i = 0; i < texts.Count; i++)
        File.WriteAllText(Path.Combine(dir, $"plan-{i:D3}.txt"), texts[i]);
    Console.WriteLine($"{texts.Count} plans, {CorpusGenerator.Utf8Bytes(texts)} UTF-8 bytes, in {dir}");
    return 0;
}

// `search …` fills corpus databases and times the search at national scale (see bench/README.md).
if (args is ["search", ..])
    return await Torikumi.Bench.Search.SearchBench.RunAsync(args[1..]);
// `comments URL PLAN [TOTAL] [CLIENTS] --db SETTING` posts opinions to a live server (see bench/README.md).
if (args is ["comments", ..])
    return await CommentsLoad.RunAsync(args[1..]);
// `sheets [ROWS] [RUNS]` times reading a filled progress sheet (Stopwatch; see SheetImportBench).
if (args is ["sheets", ..])
    return SheetImportBench.Run(args);
// `revisions [RUNS]` times matching two versions of a plan (Stopwatch; see RevisionsBench).
if (args is ["revisions", ..])
    return RevisionsBench.Run(args);

// `progress …` runs the live-server load of progress management (16 editors saving, the dashboard); see bench/README.md.
if (args is ["progress", ..])
    return await Torikumi.Bench.Progress.ProgressLoadBench.RunAsync(args[1..]);
// `sheets-db [ROWS] [RUNS]` times a whole sheet upload through the service, database included.
if (args is ["sheets-db", ..])
    return await Torikumi.Bench.Progress.SheetDatabaseBench.RunAsync(args[1..]);
if (args is ["comments-similar", ..]) return CommentsSimilarBench.Run(args); // near-duplicate suggestions over N opinions

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
