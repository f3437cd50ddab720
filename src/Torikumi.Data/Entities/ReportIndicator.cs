using Torikumi.Core.Progress;

namespace Torikumi.Data.Entities;

/// <summary>
/// An indicator (指標) one department keeps for an item, across fiscal years: name, unit, direction, baseline, and
/// targets and actuals per year (JSON lists of <see cref="IndicatorValue"/>). Converted to the domain's
/// <see cref="Indicator"/> for validation, achievement and status suggestions.
/// </summary>
public sealed class ReportIndicator
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan Plan { get; set; } = null!;
    public required string ItemKey { get; set; }
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    /// <summary>Order among the indicators of the item and department, from 0.</summary>
    public int Position { get; set; }

    public required string Name { get; set; }
    public string Unit { get; set; } = "";
    public IndicatorDirection Direction { get; set; }
    public int? BaselineYear { get; set; }
    public decimal? BaselineValue { get; set; }
    public List<IndicatorValue> Targets { get; set; } = [];
    public List<IndicatorValue> Actuals { get; set; } = [];

    /// <summary>Incremented on every change; a concurrency token.</summary>
    public int Version { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedById { get; set; }
    public required string UpdatedByName { get; set; }

    public Indicator ToIndicator() => new()
    {
        Name = Name,
        Unit = Unit,
        Direction = Direction,
        Baseline = BaselineYear is { } year && BaselineValue is { } value ? new IndicatorValue(year, value) : null,
        Targets = [.. Targets],
        Actuals = [.. Actuals],
    };

    public void Set(Indicator indicator)
    {
        Name = indicator.Name.Trim();
        Unit = indicator.Unit.Trim();
        Direction = indicator.Direction;
        BaselineYear = indicator.Baseline?.FiscalYear;
        BaselineValue = indicator.Baseline?.Value;
        Targets = [.. indicator.Targets.OrderBy(v => v.FiscalYear)];
        Actuals = [.. indicator.Actuals.OrderBy(v => v.FiscalYear)];
    }
}
