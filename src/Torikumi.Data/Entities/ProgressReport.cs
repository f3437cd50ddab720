using Torikumi.Core.Progress;

namespace Torikumi.Data.Entities;

/// <summary>A link to evidence of a report (根拠資料): a title and an http(s) address.</summary>
public sealed record EvidenceLink(string Title, string Url);

/// <summary>
/// One department's progress report (進行管理の報告) on one item for one fiscal year: the year's plan (計画), the result
/// (実績), a status code of the plan's scale, an optional percent and the workflow state. <see cref="ItemKey"/> is the
/// stable key of the reportable item (a 【再掲】 is stored under its original's key), so reports survive new versions.
/// Changed only through the workflow service, which writes an <see cref="AuditEntry"/> in the same transaction.
/// </summary>
public sealed class ProgressReport
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan Plan { get; set; } = null!;
    public required string ItemKey { get; set; }
    /// <summary>The Western year the fiscal year starts in (令和4年度 = 2022).</summary>
    public int FiscalYear { get; set; }
    public int DepartmentId { get; set; }
    public Department Department { get; set; } = null!;
    /// <summary>The sections (課) the plan names for this department on this item, as the plan gives them.</summary>
    public List<string> Sections { get; set; } = [];

    public ReportState State { get; set; }
    /// <summary>計画: what the department planned for the year.</summary>
    public string Planned { get; set; } = "";
    /// <summary>実績: what it achieved.</summary>
    public string Result { get; set; } = "";
    public string? StatusCode { get; set; }
    /// <summary>Why the status differs from the one the indicators suggest.</summary>
    public string? StatusReason { get; set; }
    /// <summary>0–100, optional.</summary>
    public decimal? Percent { get; set; }
    public string Remarks { get; set; } = "";
    public List<EvidenceLink> Evidence { get; set; } = [];
    /// <summary>The reviewer's reason while the report is returned (差戻し); cleared when it is submitted again.</summary>
    public string? ReturnReason { get; set; }

    /// <summary>Incremented on every change; a concurrency token, and the ETag of the API.</summary>
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedById { get; set; }
    public required string CreatedByName { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedById { get; set; }
    public required string UpdatedByName { get; set; }
}
