using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Export;

/// <summary>
/// The open-data JSON format (docs/plan.schema.json). Output is deterministic: the same plan always gives
/// the same bytes (UTF-8 without BOM, two-space indent, LF, Japanese unescaped, trailing newline). A stored plan's
/// published progress goes in as a <c>progress</c> member of the items that have any (before <c>children</c>); a plan
/// without published progress gives exactly the bytes of the plan alone. Progress is reporting data, not part of the
/// plan: reading a file skips it.
/// </summary>
public static class PlanJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            IndentSize = 2,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            RespectNullableAnnotations = true,
            // Reading is strict: an open-data file that does not follow the schema is refused, not half-read.
            PropertyNameCaseInsensitive = false,
            NumberHandling = JsonNumberHandling.Strict,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectRequiredConstructorParameters = true,
            AllowDuplicateProperties = false,
        };
        o.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        o.MakeReadOnly(populateMissingResolver: true);
        return o;
    }

    public static string Serialize(PlanDocument plan) => JsonSerializer.Serialize(plan, Options) + "\n";

    public static byte[] SerializeToUtf8(PlanDocument plan)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(plan, Options);
        return [.. json, (byte)'\n'];
    }

    /// <summary>The plan with its published progress (<see cref="ProgressRow"/>s, any order: they are placed by item key).</summary>
    public static byte[] SerializeToUtf8(PlanDocument plan, IReadOnlyList<ProgressRow> progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        if (progress.Count == 0)
            return SerializeToUtf8(plan);
        var byKey = progress.ToLookup(p => p.ItemKey, StringComparer.Ordinal);
        var root = JsonSerializer.SerializeToNode(plan, Options)!.AsObject();
        foreach (var item in Items(root))
        {
            var key = item["key"]!.GetValue<string>();
            if (!byKey.Contains(key))
                continue;
            var entries = JsonSerializer.SerializeToNode(byKey[key].ToList(), Options);
            item.Insert(item.IndexOf("children"), ProgressMember, entries);
        }
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,
            IndentSize = Options.IndentSize,
            NewLine = Options.NewLine,
            Encoder = Options.Encoder,
        }))
            root.WriteTo(writer, Options);
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>The name of the items' published progress in the JSON.</summary>
    public const string ProgressMember = "progress";

    /// <summary>Every item object of a serialised plan, sub-items included, in reading order; what is not an object is passed over.</summary>
    static IEnumerable<JsonObject> Items(JsonObject plan)
    {
        var pending = new Stack<JsonObject>();
        foreach (var strategy in Objects(plan["pillars"]).SelectMany(p => Objects(p["strategies"])).Reverse())
            foreach (var item in Objects(strategy["items"]).Reverse())
                pending.Push(item);
        while (pending.Count > 0)
        {
            var item = pending.Pop();
            yield return item;
            foreach (var child in Objects(item["children"]).Reverse())
                pending.Push(child);
        }
    }

    static IEnumerable<JsonObject> Objects(JsonNode? node) => node is JsonArray array ? array.OfType<JsonObject>() : [];

    /// <summary>
    /// Reads a plan strictly (unknown or missing members are refused). The items' <c>progress</c>, which a stored plan's
    /// export carries, is skipped: progress is imported through the progress workflow, never with a plan.
    /// </summary>
    public static PlanDocument Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (!json.Contains($"\"{ProgressMember}\"", StringComparison.Ordinal))
            return Deserialize(JsonSerializer.Deserialize<PlanDocument>(json, Options));
        var node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false });
        if (node is JsonObject root)
            foreach (var item in Items(root).ToList())
                item.Remove(ProgressMember);
        return Deserialize(node.Deserialize<PlanDocument>(Options));
    }

    static PlanDocument Deserialize(PlanDocument? plan) => plan ?? throw new JsonException("The JSON document is empty (null).");
}
