using Microsoft.AspNetCore.Mvc;
using Torikumi.Core.Plans;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Departments;

/// <summary>A department's row of the matrix: how many of its items fall in each strategic plan, in column order.</summary>
public sealed record MatrixRow(OrgUnit Department, IReadOnlyList<int> Counts);

/// <summary>
/// <c>/plans/{id}/matrix</c>: departments (部) × strategic plans (戦略計画), showing who co-owns what. A data table
/// comes first (every number, readable by a screen reader and linked to the filtered list), then the same as a
/// picture drawn on the server.
/// </summary>
public sealed class MatrixModel(PortalPlans plans, UiText ui) : PortalPageModel
{
    public IReadOnlyList<Strategy> Strategies { get; private set; } = [];
    public IReadOnlyList<MatrixRow> Rows { get; private set; } = [];
    /// <summary>Per strategic plan, how many departments answer for at least one of its items.</summary>
    public IReadOnlyList<int> Departments { get; private set; } = [];
    public MatrixPicture Picture { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Plan = await plans.FindAsync(id, ct);
        if (Plan is null)
            return NotFound();
        var index = Plan.Index;
        Strategies = [.. index.Plan.Strategies];
        var columns = Strategies.Select((s, i) => (s.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        Rows = [.. DepartmentDirectory.Of(index).Departments.Select(d =>
        {
            var counts = new int[Strategies.Count];
            foreach (var item in d.Items)
                counts[columns[index.StrategyOf(item).Key]]++;
            return new MatrixRow(d, counts);
        })];
        Departments = [.. Strategies.Select((_, c) => Rows.Count(r => r.Counts[c] > 0))];
        Picture = new MatrixPicture(index.Plan.Pillars, Rows, Departments);

        PageTitle = ui.T("部と戦略計画の対応表", "Departments × strategic plans");
        Breadcrumbs.Add(new Crumb(ui.T("計画のトップ", "Plan home"), Plan.Url));
        Breadcrumbs.Add(new Crumb(ui.T("部・課", "Departments"), $"{Plan.Url}/departments"));
        Breadcrumbs.Add(new Crumb(ui.T("対応表", "Matrix")));
        return Page();
    }

    public string CellUrl(OrgUnit department, Strategy strategy) =>
        $"{Plan!.Url}/list?department={Uri.EscapeDataString(department.Name)}&strategy={strategy.Key}";

    /// <summary>The picture's text equivalent, with what the shapes mean and what stands out.</summary>
    public string Description()
    {
        var shared = Departments.Count(n => n > 1);
        var most = Departments.Count == 0 ? -1 : Departments.ToList().IndexOf(Departments.Max());
        var intro = ui.T(
            $"行は部({Rows.Count})、列は戦略計画(1〜{Strategies.Count})です。円の大きさと円の中の数字が件数を表します。縦の線は、同じ戦略計画を複数の部が担当していることを示し、下の段の数字はその部の数です。",
            $"Rows are departments ({Rows.Count}), columns strategic plans (1–{Strategies.Count}). The size of a circle and the number in it give the count of items. A vertical line joins the departments that share a strategic plan; the bottom row gives how many they are.");
        if (most < 0)
            return intro;
        return intro + ui.T(
            $"{Strategies.Count}の戦略計画のうち{shared}で複数の部が担当しています。最も多いのは戦略計画{Strategies[most].Number}({Departments[most]}部)です。",
            $" {shared} of the {Strategies.Count} strategic plans are shared by several departments; the most shared is strategic plan {Strategies[most].Number} ({Departments[most]} departments).");
    }
}
