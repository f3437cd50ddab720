using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Torikumi.Core.Plans;
using Torikumi.Core.Progress;
using Torikumi.Data;
using Torikumi.Data.Entities;
using Torikumi.Data.Storage;

namespace Torikumi.Bench.Progress;

/// <summary>
/// A ward-sized plan (区の規模): 5 pillars, 20 strategic plans, 10 items each (200 reportable items), 20 departments of
/// 2 sections each; every item is owned by one department, every fifth also by the next one (an item reported in two
/// parts), so about 240 department parts a year. Five fiscal years, 令和4〜8年度 (2022–2026).
/// </summary>
static class WardPlan
{
    public const int Items = 200;
    public const int Departments = 20;
    public static readonly int[] Years = [2022, 2023, 2024, 2025, 2026];
    public static int CurrentYear => Years[^1];

    public static string Department(int d) => $"第{d + 1:D2}部";
    static string Section(int d, int s) => $"第{d + 1:D2}部第{s + 1}課";

    public static PlanDocument Build()
    {
        var pillars = new List<Pillar>();
        var item = 0;
        for (var p = 1; p <= 5; p++)
        {
            var strategies = new List<Strategy>();
            for (var s = (p - 1) * 4 + 1; s <= p * 4; s++)
            {
                var items = new List<PlanItem>();
                for (var n = 1; n <= Items / 20; n++, item++)
                {
                    var d = item % Departments;
                    List<Owner> owners = [new(Department(d), [Section(d, item / Departments % 2)])];
                    if (item % 5 == 0)
                        owners.Add(new(Department((d + 1) % Departments), [Section((d + 1) % Departments, 0)]));
                    items.Add(new PlanItem
                    {
                        Key = PlanItem.KeyFor(s, ItemSection.Initiatives, n), Number = n, Section = ItemSection.Initiatives,
                        Title = $"取組{s}-{n} 地域の見守りと子育て支援を広げる", Owners = owners, OwnersLabel = "事業実施課",
                        Body = ["区民と協働して地域の見守り活動を広げ、子育て家庭を支える拠点を整備します。令和8年度までに拠点を20か所にします。"],
                    });
                }
                strategies.Add(new Strategy { Key = Strategy.KeyFor(s), Number = s, Title = $"戦略計画{s}", Items = items });
            }
            pillars.Add(new Pillar { Key = Pillar.KeyFor(p), Number = p, Title = $"施策の柱{p}", Strategies = strategies });
        }
        return new PlanDocument
        {
            Title = "ベンチマーク区 アクションプラン", Municipality = "ベンチマーク区", Stage = "決定", FiscalYears = Years,
            FiscalYearsText = string.Join("・", Years.Select(Torikumi.Core.Japanese.FiscalYears.Label)), Pillars = pillars,
        };
    }

    /// <summary>
    /// Imports the plan and writes the history the dashboard and the lists read past: every part published for the
    /// four earlier years (with one indicator each and an audit entry per report), the current year not started.
    /// Written directly (one transaction), as the workflow would have left it.
    /// </summary>
    public static async Task<int> StoreAsync(DatabaseConfig config, TextWriter log)
    {
        var plan = Build();
        await using var db = TorikumiDb.CreateContext(config);
        await db.MigrateAsync();
        var planId = (await new PlanStore(db).ImportAsync(new PlanImport(plan, "bench"))).PlanId;
        var departments = await db.Departments.ToDictionaryAsync(d => d.Name, d => d.Id);
        var index = new PlanIndex(plan);
        var parts = ReportableItems.Of(index).SelectMany(i => index.OwnersOf(i).Select(o => (Item: i, Owner: o))).ToList();
        var at = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
        await using var tx = await db.Database.BeginTransactionAsync();
        foreach (var (item, owner) in parts)
        {
            var department = departments[owner.Department];
            db.ReportIndicators.Add(new ReportIndicator
            {
                PlanId = planId, ItemKey = item.Key, DepartmentId = department, Position = 0, Name = "拠点数", Unit = "か所",
                Targets = [.. Years.Select((y, i) => new IndicatorValue(y, 4 * (i + 1)))],
                Actuals = [.. Years[..^1].Select((y, i) => new IndicatorValue(y, 4 * (i + 1) - i % 2))],
                Version = 1, UpdatedAt = at, UpdatedById = "bench", UpdatedByName = "bench",
            });
            foreach (var year in Years[..^1])
            {
                db.ProgressReports.Add(new ProgressReport
                {
                    PlanId = planId, ItemKey = item.Key, FiscalYear = year, DepartmentId = department, Sections = [.. owner.Sections],
                    State = ReportState.Published, Planned = "説明会を年4回開催する。", Result = $"{year}年度は説明会を4回開催した。",
                    StatusCode = year % 2 == 0 ? "on-track" : "mostly", Percent = 100, Version = 4,
                    CreatedAt = at, CreatedById = "bench", CreatedByName = "bench", UpdatedAt = at, UpdatedById = "bench", UpdatedByName = "bench",
                });
                db.AuditEntries.Add(new AuditEntry
                {
                    At = at, UserId = "bench", UserName = "bench", PlanId = planId, ItemKey = item.Key, FiscalYear = year,
                    Department = owner.Department, Action = "publish",
                });
            }
        }
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        log.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{config.Display}: plan {planId}, {ReportableItems.Of(index).Count} reportable items, {departments.Count} departments, {parts.Count} parts a year, {parts.Count * (Years.Length - 1)} published reports of {Years.Length - 1} years"));
        return planId;
    }
}
