namespace Torikumi.Data.Revisions;

/// <summary>
/// A carry-over cannot place its data on the confirmed items without a clash (e.g. two reports of one department and
/// year landing on one merged item). Thrown by an <see cref="IVersionCarryOver"/>; the confirmation is then rolled back
/// whole and the administrator sees <see cref="Japanese"/> / <see cref="English"/>, which say what clashes and how to fix it.
/// </summary>
public sealed class CarryOverConflictException(string japanese, string english) : Exception(english)
{
    public string Japanese { get; } = japanese;
    public string English { get; } = english;
}
