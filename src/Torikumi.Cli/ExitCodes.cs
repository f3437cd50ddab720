namespace Torikumi.Cli;

/// <summary>Process exit codes shared by all verbs.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>Something went wrong while doing the work (an I/O or database error).</summary>
    public const int Failed = 1;
    /// <summary>The input was refused: not readable text, too large, empty, or not an action plan.</summary>
    public const int Refused = 2;
}
