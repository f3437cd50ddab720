using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Export;

/// <summary>
/// The open-data JSON format (docs/plan.schema.json). Output is deterministic: the same plan always gives
/// the same bytes (UTF-8 without BOM, two-space indent, LF, Japanese unescaped, trailing newline).
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

    public static PlanDocument Deserialize(string json) =>
        JsonSerializer.Deserialize<PlanDocument>(json, Options)
        ?? throw new JsonException("The JSON document is empty (null).");
}
