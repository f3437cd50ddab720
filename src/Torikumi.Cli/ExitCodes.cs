namespace Torikumi.Cli;

/// <summary>Process exit codes shared by the verbs.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Something failed that the input did not cause (database unreachable, disk full …).</summary>
    public const int Failure = 1;
    /// <summary>The input or the request was refused; nothing was written.</summary>
    public const int Refused = 2;
}
