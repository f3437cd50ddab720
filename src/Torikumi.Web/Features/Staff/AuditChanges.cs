using System.Text.Json;
using Torikumi.Web.Features.Progress;

namespace Torikumi.Web.Features.Staff;

/// <summary>What an audit entry changed, as "field: before → after" lines (the entry keeps the whole before and after as JSON).</summary>
public static class AuditChanges
{
    const int MaxValueLength = 60;
    /// <summary>Bookkeeping that changes on every step and says nothing to a reader.</summary>
    static readonly HashSet<string> Skipped = ["version", "updatedAt", "updatedBy", "updatedById", "updatedByName", "id"];

    public static IReadOnlyList<(string Field, string Before, string After)> Of(AuditView entry)
    {
        var before = Properties(entry.Before);
        var after = Properties(entry.After);
        return [.. before.Keys.Union(after.Keys)
            .Where(k => !Skipped.Contains(k))
            .Select(k => (k, before.GetValueOrDefault(k, ""), after.GetValueOrDefault(k, "")))
            .Where(c => c.Item2 != c.Item3)];
    }

    static Dictionary<string, string> Properties(JsonElement? json)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (json is { ValueKind: JsonValueKind.Object } o)
            foreach (var p in o.EnumerateObject())
                result[p.Name] = Short(p.Value);
        return result;
    }

    static string Short(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString() ?? "",
            JsonValueKind.Null or JsonValueKind.Undefined => "",
            _ => value.GetRawText(),
        };
        return text.Length <= MaxValueLength ? text : text[..MaxValueLength] + "…";
    }
}
