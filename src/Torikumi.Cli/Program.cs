using System.Text;
using Torikumi.Cli;

// Plans, JSON and diagnostics are Japanese text: always UTF-8, whatever the terminal's locale says.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await CliApp.RunAsync(args, Console.Out, Console.Error);
