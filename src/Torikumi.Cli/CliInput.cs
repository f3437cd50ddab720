namespace Torikumi.Cli;

/// <summary>
/// Standard input for verbs that read it (<c>users add --password-stdin</c>). Tests replace it for the current async
/// flow only, so parallel tests never share a reader.
/// </summary>
public static class CliInput
{
    static readonly AsyncLocal<TextReader?> Override = new();

    public static TextReader Current => Override.Value ?? Console.In;

    /// <summary>Reads from <paramref name="input"/> until the returned value is disposed.</summary>
    public static IDisposable Use(TextReader input)
    {
        var previous = Override.Value;
        Override.Value = input;
        return new Restore(() => Override.Value = previous);
    }

    sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
