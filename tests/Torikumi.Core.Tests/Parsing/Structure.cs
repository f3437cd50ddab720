using System.Text;
using System.Text.Json.Nodes;
using Torikumi.Core.Export;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Parsing;

/// <summary>
/// The structure of a plan, independent of how its text was laid out: the open-data JSON without source spans,
/// strings in NFKC (full-width digits = ASCII) and paragraphs joined (a text with one sentence per line
/// cannot say where its paragraphs end).
/// </summary>
public static class Structure
{
    public static string Of(PlanDocument plan)
    {
        var node = JsonNode.Parse(PlanJson.Serialize(plan))!;
        Normalise(node);
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    static void Normalise(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                o.Remove("span");
                foreach (var key in new[] { "body", "list", "bodyAfterList" })
                    if (o[key] is JsonArray a && key != "list")
                        o[key] = new JsonArray(JsonValue.Create(Flat(string.Concat(a.Select(x => x!.GetValue<string>())))));
                if (o["list"] is JsonArray list)
                    o["list"] = new JsonArray(list.Select(x => (JsonNode?)JsonValue.Create(Flat(x!.GetValue<string>()))).ToArray());
                if (o["text"] is JsonValue t && t.TryGetValue<string>(out var ts)) o["text"] = Flat(ts);
                foreach (var (_, child) in o.ToList())
                    if (child is not null) Normalise(child);
                foreach (var (k, child) in o.ToList())
                    if (child is JsonValue v && v.TryGetValue<string>(out var s)) o[k] = Kc(s);
                break;
            case JsonArray arr:
                for (var i = 0; i < arr.Count; i++)
                {
                    if (arr[i] is JsonValue v && v.TryGetValue<string>(out var s)) arr[i] = Kc(s);
                    else if (arr[i] is { } c) Normalise(c);
                }
                break;
        }
    }

    static string Flat(string s) => new(Kc(s).Where(c => c != '\n').ToArray());

    /// <summary>NFKC, and the wave dash 〜 that Shift_JIS (CP932) gives back as ～.</summary>
    static string Kc(string s) => s.Normalize(NormalizationForm.FormKC).Replace('〜', '~');
}
