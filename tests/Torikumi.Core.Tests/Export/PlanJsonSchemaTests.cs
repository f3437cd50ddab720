using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Torikumi.Core.Export;
using Torikumi.Core.Parsing;

namespace Torikumi.Core.Tests.Export;

/// <summary>The open-data JSON written by <see cref="PlanJson"/> is exactly what docs/plan.schema.json describes.</summary>
public class PlanJsonSchemaTests
{
    // Built once: the schema has an $id, and one registry per build keeps tests independent of the global one.
    static readonly JsonSchema Schema = JsonSchema.FromText(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "plan.schema.json")),
        new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    static readonly EvaluationOptions ListOutput = new() { OutputFormat = OutputFormat.List };

    [Fact]
    public void Hand_built_rich_plan_validates()
    {
        var json = PlanJson.Serialize(HandBuiltPlan.Rich());

        AssertValid(json);
    }

    [Fact]
    public void Plan_with_published_progress_validates()
    {
        var progress = new ProgressRow
        {
            ItemKey = "1-3-1", ItemTitle = "保育所の拡充", FiscalYear = 2022, FiscalYearLabel = "令和4年度(2022年度)", Department = "こども家庭部",
            Sections = ["保育課"], Status = "on-track", StatusLabel = "計画どおり", Percent = 80, Plan = "計画", Result = "実績",
            Evidence = [new("区報", "https://example.jp/")],
            Indicators = [ProgressIndicator.Of(new Torikumi.Core.Progress.Indicator
            {
                Name = "定員", Unit = "人", Baseline = new(2021, 100), Targets = [new(2022, 120)], Actuals = [new(2022, 110)],
            }, 2022)],
        };
        var json = System.Text.Encoding.UTF8.GetString(PlanJson.SerializeToUtf8(HandBuiltPlan.Rich(), [progress]));

        Assert.Contains("\"progress\": [", json);
        AssertValid(json);
        Assert.False(Evaluate(json.Replace("\"statusLabel\"", "\"label\"", StringComparison.Ordinal)).IsValid);
    }

    [Fact]
    public void Minimal_plan_with_nulls_and_empty_lists_validates()
    {
        var json = PlanJson.Serialize(HandBuiltPlan.Minimal());

        Assert.Contains("\"stage\": null", json);
        Assert.Contains("\"colophon\": null", json);
        AssertValid(json);
    }

    [Fact]
    public void Writer_uses_the_schema_names_for_enums_and_keys()
    {
        var json = PlanJson.Serialize(HandBuiltPlan.Rich());

        Assert.Contains("\"section\": \"initiatives\"", json);
        Assert.Contains("\"section\": \"related\"", json);
        Assert.Contains("\"repostOf\": \"1-3-1\"", json);
        Assert.Contains("\"fiscalYears\": [\n    2022,\n    2023\n  ]", json);
    }

    public static TheoryData<string, Action<JsonObject>> Breakages => new()
    {
        { "missing title", doc => doc.Remove("title") },
        { "missing colophon (nulls are written, not omitted)", doc => doc.Remove("colophon") },
        { "string in fiscalYears", doc => doc["fiscalYears"]![0] = "2022" },
        { "unknown stage", doc => doc["stage"] = "策定中" },
        { "published not yyyy-MM", doc => doc["published"] = "2021-12-01" },
        { "unknown top-level property", doc => doc["version"] = 1 },
        { "bad pillar key", doc => Pillar(doc)["key"] = "1" },
        { "bad strategy key", doc => Strategy(doc)["key"] = "S-1" },
        { "bad item key", doc => Item(doc)["key"] = "1.3" },
        { "bad sub-item key", doc => Item(doc)["children"]![0]!["key"] = "1-3-(1)" },
        { "bad repostOf", doc => Repost(doc)["repostOf"] = "S1" },
        { "section as a number", doc => Item(doc)["section"] = 0 },
        { "unknown section", doc => Item(doc)["section"] = "other" },
        { "starred as a string", doc => Item(doc)["starred"] = "★" },
        { "negative span", doc => Item(doc)["span"]!["start"] = -1 },
        { "owner without department", doc => ((JsonObject)Repost(doc)["owners"]![0]!).Remove("department") },
        { "footnote without text", doc => ((JsonObject)Item(doc)["children"]![0]!["footnotes"]![0]!).Remove("text") },
        { "body as one string", doc => Repost(doc)["body"] = "本文" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Broken_documents_fail_validation(string what, Action<JsonObject> breakIt)
    {
        var doc = JsonNode.Parse(PlanJson.Serialize(HandBuiltPlan.Rich()))!.AsObject();
        breakIt(doc);

        var result = Evaluate(doc.ToJsonString());

        Assert.False(result.IsValid, $"expected '{what}' to be rejected by the schema");
    }

    [Fact]
    public void Serialize_deserialize_serialize_is_byte_identical()
    {
        var first = PlanJson.SerializeToUtf8(HandBuiltPlan.Rich());

        var again = PlanJson.SerializeToUtf8(PlanJson.Deserialize(System.Text.Encoding.UTF8.GetString(first)));

        Assert.Equal(first, again);
    }

    [Fact]
    public void Minimal_plan_round_trips_byte_identical()
    {
        var first = PlanJson.Serialize(HandBuiltPlan.Minimal());

        Assert.Equal(first, PlanJson.Serialize(PlanJson.Deserialize(first)));
    }

    [Fact]
    public void Parsed_sample_validates()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "samples", "nerima-action-plan-2022-2023-draft.txt"));

        var result = PlanParser.Parse(text);

        Assert.NotNull(result.Plan);
        AssertValid(PlanJson.Serialize(result.Plan));
    }

    [Fact]
    public void Example_in_the_open_data_guide_validates_and_is_what_the_writer_writes()
    {
        var example = ExampleFromGuide();

        AssertValid(example);
        var rewritten = PlanJson.Serialize(PlanJson.Deserialize(example));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(example), JsonNode.Parse(rewritten)),
            "the guide's example differs from what PlanJson writes for the same plan:\n" + rewritten);
    }

    // The guide is not copied to the output; find it from the repository root above the test binaries.
    static string ExampleFromGuide()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docs", "open-data.md")))
            dir = dir.Parent;
        Assert.True(dir is not null, "docs/open-data.md not found above " + AppContext.BaseDirectory);
        var guide = File.ReadAllText(Path.Combine(dir.FullName, "docs", "open-data.md"));
        var start = guide.IndexOf("```json\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "the guide has no ```json example");
        start += "```json\n".Length;
        return guide[start..guide.IndexOf("```", start, StringComparison.Ordinal)];
    }

    static EvaluationResults Evaluate(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return Schema.Evaluate(doc.RootElement, ListOutput);
    }

    static void AssertValid(string json)
    {
        var result = Evaluate(json);
        Assert.True(result.IsValid, "schema errors:\n" + string.Join("\n", Errors(result)));
    }

    static IEnumerable<string> Errors(EvaluationResults result) =>
        (result.Details ?? []).Prepend(result)
            .Where(r => r.Errors is { Count: > 0 })
            .SelectMany(r => r.Errors!.Select(e => $"{r.InstanceLocation} ({r.EvaluationPath}): {e.Key}: {e.Value}"));

    static JsonObject Pillar(JsonObject doc) => doc["pillars"]![0]!.AsObject();
    static JsonObject Strategy(JsonObject doc) => Pillar(doc)["strategies"]![0]!.AsObject();
    static JsonObject Item(JsonObject doc) => Strategy(doc)["items"]![0]!.AsObject();
    static JsonObject Repost(JsonObject doc) => doc["pillars"]![1]!["strategies"]![0]!["items"]![0]!.AsObject();
}

public class PlanJsonStrictReadingTests
{
    [Theory]
    [InlineData("""{"title":"t","municipality":null,"stage":null,"fiscalYears":["2022"],"fiscalYearsText":null,"published":null,"colophon":null,"pillars":[]}""")]
    [InlineData("""{"Title":"t","municipality":null,"stage":null,"fiscalYears":[],"fiscalYearsText":null,"published":null,"colophon":null,"pillars":[]}""")]
    [InlineData("""{"title":"t","unknown":1,"municipality":null,"stage":null,"fiscalYears":[],"fiscalYearsText":null,"published":null,"colophon":null,"pillars":[]}""")]
    [InlineData("""{"title":"t","title":"u","municipality":null,"stage":null,"fiscalYears":[],"fiscalYearsText":null,"published":null,"colophon":null,"pillars":[]}""")]
    public void files_that_do_not_follow_the_format_are_refused(string json) =>
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => Torikumi.Core.Export.PlanJson.Deserialize(json));
}
