namespace Torikumi.Core.Parsing;

/// <summary>The decoded text of an input file, or why it was refused.</summary>
public sealed record DecodedInput(string? Text, string? EncodingName, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>Turns the bytes of a plan file into text: size, emptiness and binary checks, encoding detection.</summary>
public static class PlanInput
{
    public const long MaxBytes = 20L * 1024 * 1024;

    public static DecodedInput Decode(ReadOnlySpan<byte> bytes) => throw new NotImplementedException();

    public static DecodedInput ReadFile(string path) => throw new NotImplementedException();
}
