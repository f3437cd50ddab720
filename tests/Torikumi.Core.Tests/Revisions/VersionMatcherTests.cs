using Torikumi.Core.Plans;
using Torikumi.Core.Revisions;
using Torikumi.Core.Tests.Revisions.Support;
using static Torikumi.Core.Tests.Revisions.Support.SmallPlan;

namespace Torikumi.Core.Tests.Revisions;

/// <summary>Golden cases on small hand-made plans: one per kind of correspondence, and the details each one reports.</summary>
public sealed class VersionMatcherTests
{
    static readonly PlanDocument Base = Of(
        (1, "子育てのかたちを選択できる社会の実現", [Nursery, Quality, Plaza]),
        (2, "みどりの風吹くまち", [Greenery, Cycling]));

    static string Entry(ItemMatch m) => $"{RevisionReport.Name(m.Kind)} {string.Join(',', m.OldKeys)} → {string.Join(',', m.NewKeys)}";

    static List<string> Entries(PlanDocument older, PlanDocument newer) => [.. VersionMatcher.Match(older, newer).Matches.Select(Entry)];

    [Fact]
    public void identical_plans_are_all_same_with_confidence_1()
    {
        var match = VersionMatcher.Match(Base, Base);

        Assert.All(match.Matches, m => Assert.Equal(MatchKind.Same, m.Kind));
        Assert.All(match.Matches, m => Assert.Equal(1.0, m.Confidence));
        Assert.Equal(["1-1", "1-2", "1-3", "2-1", "2-2"], match.Matches.Select(m => m.OldKey));
        Assert.Empty(match.OrganisationChanges);
        Assert.All(match.StructureMatches, m => Assert.Equal(MatchKind.Same, m.Kind));
    }

    [Fact]
    public void an_edited_body_with_the_same_key_is_changed_and_says_body()
    {
        var newer = Of((1, "子育てのかたちを選択できる社会の実現",
                [Nursery with { Body = Nursery.Body + "また、保育定員の見直しを行います。" }, Quality, Plaza]),
            (2, "みどりの風吹くまち", [Greenery, Cycling]));

        var match = VersionMatcher.Match(Base, newer);

        var changed = Assert.Single(match.Matches, m => m.Kind != MatchKind.Same);
        Assert.Equal("changed 1-1 → 1-1", Entry(changed));
        Assert.Equal(["body"], changed.Changes.Aspects);
        Assert.InRange(changed.Confidence, 0.8, 1);
    }

    [Fact]
    public void title_star_and_owner_changes_are_each_reported()
    {
        var newer = Of((1, "子育てのかたちを選択できる社会の実現",
                [Nursery with { Title = "保育所の整備", Star = true, Owner = "こども家庭部 保育課、保育計画課" }, Quality, Plaza]),
            (2, "みどりの風吹くまち", [Greenery, Cycling]));

        var changed = Assert.Single(VersionMatcher.Match(Base, newer).Matches, m => m.Kind != MatchKind.Same);

        Assert.Equal(MatchKind.Changed, changed.Kind);
        Assert.Equal(["title", "star", "owners"], changed.Changes.Aspects);
        Assert.Equal(["こども家庭部 保育計画課"], changed.Changes.OwnersAdded);
        Assert.Empty(changed.Changes.OwnersRemoved);
    }

    [Fact]
    public void swapped_items_in_one_strategic_plan_are_renumbered()
    {
        var newer = Of((1, "子育てのかたちを選択できる社会の実現", [Quality, Nursery, Plaza]), (2, "みどりの風吹くまち", [Greenery, Cycling]));

        Assert.Equal(["renumbered 1-1 → 1-2", "renumbered 1-2 → 1-1", "same 1-3 → 1-3", "same 2-1 → 2-1", "same 2-2 → 2-2"],
            Entries(Base, newer));
    }

    [Fact]
    public void an_item_in_another_strategic_plan_is_moved_and_the_ones_after_it_renumbered()
    {
        var newer = Of((1, "子育てのかたちを選択できる社会の実現", [Quality, Plaza]), (2, "みどりの風吹くまち", [Greenery, Cycling, Nursery]));

        var match = VersionMatcher.Match(Base, newer);

        Assert.Equal(["moved 1-1 → 2-3", "renumbered 1-2 → 1-1", "renumbered 1-3 → 1-2", "same 2-1 → 2-1", "same 2-2 → 2-2"],
            match.Matches.Select(Entry));
        var moved = match.Matches[0];
        Assert.True(moved.Changes.Strategy);
        Assert.True(moved.Changes.ContentSame);
    }

    [Fact]
    public void a_renumbered_strategic_plan_keeps_its_items_renumbered_not_moved()
    {
        var newer = Of((1, "新たな戦略計画", [Afterschool]), (2, "子育てのかたちを選択できる社会の実現", [Nursery, Quality, Plaza]),
            (3, "みどりの風吹くまち", [Greenery, Cycling]));

        var match = VersionMatcher.Match(Base, newer);

        Assert.Equal(["renumbered 1-1 → 2-1", "added — → 1-1", "renumbered 1-2 → 2-2", "renumbered 1-3 → 2-3", "renumbered 2-1 → 3-1", "renumbered 2-2 → 3-2"],
            match.Matches.Select(m => Entry(m).Replace("added  →", "added — →")));
        Assert.Contains(match.StructureMatches, m => m is { Kind: MatchKind.Renumbered, OldKey: "S1", NewKey: "S2" });
        Assert.Contains(match.StructureMatches, m => m is { Kind: MatchKind.Added, NewKey: "S1" });
    }

    [Fact]
    public void an_item_cut_in_two_is_split()
    {
        var first = Nursery with { Body = "待機児童数ゼロが当たり前のものとして定着できるよう私立認可保育所の整備等を進めます。" };
        var second = new It("延長保育事業の充実", "延長保育事業を充実します。");
        var newer = Of((1, "子育てのかたちを選択できる社会の実現", [first, second, Quality, Plaza]), (2, "みどりの風吹くまち", [Greenery, Cycling]));

        var match = VersionMatcher.Match(Base, newer);

        Assert.Equal(["split 1-1 → 1-1,1-2", "renumbered 1-2 → 1-3", "renumbered 1-3 → 1-4", "same 2-1 → 2-1", "same 2-2 → 2-2"],
            match.Matches.Select(Entry));
        Assert.Equal(["1-1", "1-2"], match.NewKeysByOldKey()["1-1"]);
    }

    [Fact]
    public void two_items_joined_are_merged()
    {
        var joined = Nursery with { Title = "保育所の拡充と保育の質の向上", Body = Nursery.Body + Quality.Body };
        var newer = Of((1, "子育てのかたちを選択できる社会の実現", [joined, Plaza]), (2, "みどりの風吹くまち", [Greenery, Cycling]));

        var match = VersionMatcher.Match(Base, newer);

        Assert.Equal(["merged 1-1,1-2 → 1-1", "renumbered 1-3 → 1-2", "same 2-1 → 2-1", "same 2-2 → 2-2"], match.Matches.Select(Entry));
        var merged = match.Matches[0];
        Assert.Contains("title", merged.Changes.Aspects);
        Assert.Equal(["1-1"], match.NewKeysByOldKey()["1-2"]);
    }

    [Fact]
    public void a_dropped_item_is_removed_and_a_new_one_added_even_under_the_same_key()
    {
        var newer = Of((1, "子育てのかたちを選択できる社会の実現", [Nursery, Quality, Afterschool]), (2, "みどりの風吹くまち", [Greenery, Cycling]));

        var match = VersionMatcher.Match(Base, newer);

        Assert.Contains(match.Matches, m => m is { Kind: MatchKind.Removed, OldKey: "1-3", NewKeys.Count: 0 });
        Assert.Contains(match.Matches, m => m is { Kind: MatchKind.Added, NewKey: "1-3", OldKeys.Count: 0 });
        Assert.Equal(5, match.Matches.Count(m => m.Kind is MatchKind.Same or MatchKind.Added or MatchKind.Removed) - 1);
    }

    [Fact]
    public void a_repost_matches_a_repost_not_its_original()
    {
        var repost = Nursery with { Repost = true, Section = ItemSection.Related };
        var older = Of((1, "子育てのかたちを選択できる社会の実現", [Nursery, Quality]), (2, "みどりの風吹くまち", [Greenery, repost]));
        // The original is dropped; its repeat stays. The repeat must not be taken for the original.
        var newer = Of((1, "子育てのかたちを選択できる社会の実現", [Quality]), (2, "みどりの風吹くまち", [Greenery, repost]));

        Assert.Equal(["removed 1-1 → ", "renumbered 1-2 → 1-1", "same 2-1 → 2-1", "same 2-R1 → 2-R1"], Entries(older, newer));
    }

    [Fact]
    public void sub_items_are_matched_and_a_move_to_another_initiative_changes_the_parent()
    {
        var parentA = new It("保育サービスの充実", "", "", Children: [Nursery, Quality]);
        var parentB = new It("子育て支援の充実", "", "", Children: [Plaza]);
        var older = Of((1, "子育てのかたちを選択できる社会の実現", [parentA, parentB]));
        var newer = Of((1, "子育てのかたちを選択できる社会の実現", [parentA with { Children = [Nursery] }, parentB with { Children = [Plaza, Quality] }]));

        var match = VersionMatcher.Match(older, newer);

        var moved = Assert.Single(match.Matches, m => m.OldKey == "1-1-2");
        Assert.Equal("renumbered 1-1-2 → 1-2-2", Entry(moved));
        Assert.True(moved.Changes.Parent);
        Assert.False(moved.Changes.Strategy);
        Assert.Equal(MatchKind.Same, Assert.Single(match.Matches, m => m.OldKey == "1-1").Kind);
    }

    [Fact]
    public void matching_is_deterministic()
    {
        var revised = new Reviser(3, 1.0).Revise(Sample.Plan).Plan;

        var a = RevisionReport.ToJson(VersionMatcher.Match(Sample.Plan, revised));
        var b = RevisionReport.ToJson(VersionMatcher.Match(Sample.Plan, revised));

        Assert.Equal(a, b);
    }

    [Fact]
    public void every_item_of_both_versions_is_in_exactly_one_entry()
    {
        var revised = new Reviser(5, 1.0).Revise(Sample.Plan).Plan;

        var match = VersionMatcher.Match(Sample.Plan, revised);

        Assert.Equal(Sample.Plan.AllItems.Select(i => i.Key).Order(), match.Matches.SelectMany(m => m.OldKeys).Order());
        Assert.Equal(revised.AllItems.Select(i => i.Key).Order(), match.Matches.SelectMany(m => m.NewKeys).Order());
    }

    [Fact]
    public void plans_without_items_and_a_plan_against_an_empty_one_are_matched()
    {
        var empty = new PlanDocument { Title = "アクションプラン" };

        Assert.Empty(VersionMatcher.Match(empty, empty).Matches);
        Assert.All(VersionMatcher.Match(Base, empty).Matches, m => Assert.Equal(MatchKind.Removed, m.Kind));
        Assert.All(VersionMatcher.Match(empty, Base).Matches, m => Assert.Equal(MatchKind.Added, m.Kind));
        Assert.Equal(5, VersionMatcher.Match(empty, Base).Matches.Count);
    }

    [Fact]
    public void a_repeated_key_in_a_hand_made_file_does_not_break_matching()
    {
        var twice = Of((1, "子育てのかたちを選択できる社会の実現", [Nursery, Quality]));
        var items = twice.Pillars[0].Strategies[0].Items;
        var broken = twice with
        {
            Pillars = [twice.Pillars[0] with { Strategies = [twice.Pillars[0].Strategies[0] with { Items = [items[0], items[1] with { Key = "1-1" }] }] }],
        };

        var match = VersionMatcher.Match(broken, broken);

        Assert.Equal(2, match.Matches.Count);
    }
}
