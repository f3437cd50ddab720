using System.Security.Cryptography;
using Torikumi.Core.Export;
using Torikumi.Core.Plans;

namespace Torikumi.Data.Storage;

/// <summary>SHA-256 of the canonical open-data JSON: two documents with the same hash export the same bytes.</summary>
public static class ContentHash
{
    public static string Of(PlanDocument plan) => Convert.ToHexStringLower(SHA256.HashData(PlanJson.SerializeToUtf8(plan)));
}
