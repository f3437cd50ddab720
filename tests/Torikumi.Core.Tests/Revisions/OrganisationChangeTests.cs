using Torikumi.Core.Revisions;
using Torikumi.Core.Tests.Revisions.Support;
using static Torikumi.Core.Tests.Revisions.Support.SmallPlan;

namespace Torikumi.Core.Tests.Revisions;

/// <summary>Reorganisations inferred from owner changes that agree across items.</summary>
public sealed class OrganisationChangeTests
{
    static readonly It[] Items = [Nursery, Quality, Plaza, Afterschool, Greenery, Cycling];

    static Plans.PlanDocument Plan(Func<It, It> edit) => Of((1, "子育てのかたちを選択できる社会の実現", [.. Items.Select(edit)]));

    [Fact]
    public void a_section_renamed_on_all_its_items_is_one_rename()
    {
        var newer = Plan(it => it.Owner == "こども家庭部 子育て支援課" ? it with { Owner = "こども家庭部 こども支援課" } : it);

        var change = Assert.Single(VersionMatcher.Match(Plan(it => it), newer).OrganisationChanges);

        Assert.Equal(new OrganisationChange(OrganisationChangeKind.Renamed, ["こども家庭部 子育て支援課"], ["こども家庭部 こども支援課"], 2), change);
    }

    [Fact]
    public void a_renamed_department_is_one_change_not_one_per_section()
    {
        var newer = Plan(it => it.Owner.StartsWith("こども家庭部", StringComparison.Ordinal) ? it with { Owner = it.Owner.Replace("こども家庭部", "こども未来部") } : it);

        var change = Assert.Single(VersionMatcher.Match(Plan(it => it), newer).OrganisationChanges);

        Assert.Equal(new OrganisationChange(OrganisationChangeKind.Renamed, ["こども家庭部"], ["こども未来部"], 4), change);
    }

    [Fact]
    public void two_sections_becoming_one_are_merged()
    {
        var newer = Plan(it => it.Owner is "こども家庭部 子育て支援課" or "こども家庭部 保育課" ? it with { Owner = "こども家庭部 こども施策課" } : it);

        var change = Assert.Single(VersionMatcher.Match(Plan(it => it), newer).OrganisationChanges);

        Assert.Equal(OrganisationChangeKind.Merged, change.Kind);
        Assert.Equal(["こども家庭部 保育課", "こども家庭部 子育て支援課"], change.Old);
        Assert.Equal(["こども家庭部 こども施策課"], change.New);
        Assert.Equal(4, change.Items);
    }

    [Fact]
    public void a_section_whose_items_go_to_two_new_sections_is_split()
    {
        var twice = Items.Concat(Items.Take(2).Select(i => i with { Title = i.Title + "(第2期)", Body = "第2期として" + i.Body + "対象を広げます。" })).ToArray();
        var older = Of((1, "子育て", twice));
        var k = 0;
        var newer = Of((1, "子育て", [.. twice.Select(it => it.Owner == "こども家庭部 保育課"
            ? it with { Owner = k++ % 2 == 0 ? "こども家庭部 保育計画課" : "こども家庭部 保育運営課" } : it)]));

        var change = Assert.Single(VersionMatcher.Match(older, newer).OrganisationChanges);

        Assert.Equal(new OrganisationChange(OrganisationChangeKind.Split, ["こども家庭部 保育課"], ["こども家庭部 保育計画課", "こども家庭部 保育運営課"], 4), change);
    }

    [Fact]
    public void one_item_changing_owner_is_no_reorganisation()
    {
        var newer = Plan(it => it == Cycling ? it with { Owner = "都市整備部 交通企画課" } : it);

        Assert.Empty(VersionMatcher.Match(Plan(it => it), newer).OrganisationChanges);
    }

    [Fact]
    public void the_reviser_s_renamed_section_and_department_are_found_in_revisions_of_the_sample()
    {
        foreach (var seed in MatchAccuracyTests.Seeds)
        {
            var revised = new Reviser(seed, 1.0).Revise(Sample.Plan);

            var found = VersionMatcher.Match(Sample.Plan, revised.Plan).OrganisationChanges;

            Assert.Equal(revised.OrganisationChanges.Select(c => (c.Kind, string.Join('、', c.Old), string.Join('、', c.New))).Order(),
                found.Select(c => (c.Kind, string.Join('、', c.Old), string.Join('、', c.New))).Order());
        }
    }
}
