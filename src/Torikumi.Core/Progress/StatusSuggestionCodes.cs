namespace Torikumi.Core.Progress;

/// <summary>
/// Which statuses of a scale the indicator rule proposes: reached (目標到達), nearly (概ね到達) and behind (遅れ).
/// A scale without these codes gets no suggestions.
/// </summary>
public sealed record StatusSuggestionCodes(string Reached, string Nearly, string Behind);
