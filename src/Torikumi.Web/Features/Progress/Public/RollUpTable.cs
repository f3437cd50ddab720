using Torikumi.Core.Progress;

namespace Torikumi.Web.Features.Progress.Public;

/// <summary>A row of a roll-up table: a group with where its page is (null when it has none).</summary>
public sealed record RollUpRow(GroupRollUp Group, string Label, string? Url = null, bool Japanese = true);

/// <summary>The numbers of a chart (or of several groups) as a real table: per status, not reported, items, average.</summary>
public sealed record RollUpTable(string Caption, string RowHeader, IReadOnlyList<RollUpRow> Rows, IReadOnlyList<ProgressStatus> Scale);
