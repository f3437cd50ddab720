using Torikumi.Core.Plans;

namespace Torikumi.Core.Parsing;

/// <summary>Reads a published action-plan text into a <see cref="PlanDocument"/>. Never throws on any input.</summary>
public static class PlanParser
{
    public static ParseResult Parse(string text) => throw new NotImplementedException();
}
