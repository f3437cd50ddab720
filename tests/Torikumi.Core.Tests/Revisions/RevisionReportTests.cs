using System.Text.Json;
using Torikumi.Core.Export;
using Torikumi.Core.Revisions;
using Torikumi.Core.Tests.Revisions.Support;
using static Torikumi.Core.Tests.Revisions.Support.SmallPlan;

namespace Torikumi.Core.Tests.Revisions;

/// <summary>The text and JSON reports, and revised plans as open-data JSON.</summary>
public sealed class RevisionReportTests
{
    static readonly Plans.PlanDocument Older = Of((1, "子育てのかたちを選択できる社会の実現", [Nursery, Quality, Plaza]), (2, "みどりの風吹くまち", [Greenery]));
    static readonly Plans.PlanDocument Newer = Of(
        (1, "子育てのかたちを選択できる社会の実現", [Quality, Nursery with { Body = Nursery.Body + "保育定員の見直しを行います。" }, Afterschool]),
        (2, "みどりの風吹くまち", [Greenery]));

    [Fact]
    public void json_lists_every_item_in_key_order_with_lower_case_kinds()
    {
        var json = RevisionReport.ToJson(VersionMatcher.Match(Older, Newer), Older, Newer);

        using var doc = JsonDocument.Parse(json);
        var changes = doc.RootElement.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal(["renumbered 1-1 1-2", "renumbered 1-2 1-1", "removed 1-3 ", "added  1-3", "same 2-1 2-1"],
            changes.Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("old").GetString()} {c.GetProperty("new").GetString()}"));
        Assert.Equal(JsonValueKind.Null, changes[2].GetProperty("new").ValueKind);
        Assert.Equal(["body"], changes[0].GetProperty("aspects").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("保育所の拡充", changes[0].GetProperty("oldTitle").GetString());
        var summary = doc.RootElement.GetProperty("summary");
        Assert.Equal(2, summary.GetProperty("renumbered").GetInt32());
        Assert.Equal(0, summary.GetProperty("split").GetInt32());
        Assert.Equal(4, summary.GetProperty("old").GetInt32());
        Assert.Equal(["changes", "summary", "organisationChanges", "structure"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public void json_writes_split_sides_as_arrays()
    {
        var revised = new Reviser(2, 1.0).Revise(Sample.Plan);

        using var doc = JsonDocument.Parse(RevisionReport.ToJson(VersionMatcher.Match(Sample.Plan, revised.Plan)));

        var split = doc.RootElement.GetProperty("changes").EnumerateArray().First(c => c.GetProperty("kind").GetString() == "split");
        Assert.Equal(JsonValueKind.String, split.GetProperty("old").ValueKind);
        Assert.Equal(JsonValueKind.Array, split.GetProperty("new").ValueKind);
        Assert.True(split.GetProperty("newKeys").GetArrayLength() >= 2);
    }

    [Fact]
    public void text_gives_counts_per_kind_then_each_change_with_its_title()
    {
        var text = RevisionReport.ToText(VersionMatcher.Match(Older, Newer), Older, Newer);

        Assert.StartsWith("アクションプラン【素案】 (素案) → アクションプラン【素案】 (素案)\n4 items before, 4 after\n  same           1\n  changed        0\n", text);
        Assert.Contains("\n  renumbered 1-1 → 1-2  (", text);
        Assert.Contains(")  body  「保育所の拡充」\n", text);
        Assert.Contains("\n  removed    1-3 → —  「子育てのひろばの拡充」\n", text);
        Assert.Contains("\n  added      — → 1-3  「学童クラブの充実」\n", text);
        Assert.DoesNotContain("2-1", text);
    }

    [Fact]
    public void revised_plans_round_trip_through_open_data_json()
    {
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var revised = new Reviser(seed, 1.0).Revise(Sample.Plan).Plan;

            var json = PlanJson.Serialize(revised);
            var back = PlanJson.Deserialize(json);

            Assert.Equal(json, PlanJson.Serialize(back));
            Assert.Equal("案", back.Stage);
            Assert.DoesNotContain("【素案】", back.Title);
            Assert.Equal(RevisionReport.ToJson(VersionMatcher.Match(Sample.Plan, revised)), RevisionReport.ToJson(VersionMatcher.Match(Sample.Plan, back)));
        }
    }
}
