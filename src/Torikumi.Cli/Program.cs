using System.CommandLine;
using Torikumi.Cli.Verbs;

var root = new RootCommand("Torikumi (取組): municipal action plans — parse, store, publish, report progress.")
{
    ServeVerb.Create(),
    ParseVerb.Create(),
    ImportVerb.Create(),
    ExportVerb.Create(),
};
return await root.Parse(args).InvokeAsync();
