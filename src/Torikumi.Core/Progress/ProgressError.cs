namespace Torikumi.Core.Progress;

/// <summary>
/// Why progress data was refused: which field (as the API and the Excel sheet name it), and what to do, in Japanese
/// (shown first) and English.
/// </summary>
public sealed record ProgressError(string Field, string Japanese, string English)
{
    public override string ToString() => $"{Field}: {Japanese} / {English}";
}

/// <summary>Thrown by the <c>Create</c> methods; their <c>TryCreate</c> twins return the same errors instead.</summary>
public sealed class ProgressValidationException(IReadOnlyList<ProgressError> errors)
    : Exception(string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<ProgressError> Errors { get; } = errors;
}
