using System.Globalization;
using Microsoft.AspNetCore.Http;
using Torikumi.Core.Plans;
using Torikumi.Web.Features.Departments;
using Torikumi.Web.Portal;

namespace Torikumi.Web.Features.Plans;

/// <summary>A query parameter the list cannot use: which one, the value given, and what is allowed instead.</summary>
public sealed record ListError(string Parameter, string Value, string Message);

/// <summary>
/// The filters of the item list as query parameters, so that a filtered list is a plain link (bookmarkable, shareable,
/// no script): <c>starred</c>, <c>section</c>, <c>pillar</c>, <c>strategy</c>, <c>department</c>, <c>level</c>, <c>page</c>.
/// An empty value means "any" (what a form's "all" option sends); a bad value is an error, never silently ignored.
/// </summary>
public sealed record ListQuery
{
    public const int PageSize = 50;
    const int MaxValueLength = 100;

    public bool? Starred { get; init; }
    public ItemSection? Section { get; init; }
    public string? Pillar { get; init; }
    public string? Strategy { get; init; }
    /// <summary>A department (部) or section (課) name, as <see cref="DepartmentDirectory.Find"/> knows it.</summary>
    public string? Department { get; init; }
    /// <summary><c>level=top</c>: initiatives and related projects only, no sub-items.</summary>
    public bool TopOnly { get; init; }
    public int Page { get; init; } = 1;

    public bool HasFilters => Starred is not null || Section is not null || Pillar is not null || Strategy is not null
        || Department is not null || TopOnly;

    public static bool TryParse(IQueryCollection query, PlanIndex index, DepartmentDirectory directory, UiText ui,
        out ListQuery result, out ListError? error)
    {
        result = new ListQuery();
        error = null;
        foreach (var (name, values) in query)
        {
            if (!IsKnown(name))
                continue;
            var value = values.ToString();
            if (values.Count > 1)
                error = new(name, value, ui.T($"{name} が2回以上指定されています。1回だけ指定してください。", $"{name} is given more than once; give it once."));
            else if (value.Length > MaxValueLength)
                error = new(name, value, ui.T($"{name} が長すぎます({MaxValueLength}文字まで)。", $"{name} is too long (at most {MaxValueLength} characters)."));
            else if (!string.IsNullOrWhiteSpace(value))
                (result, error) = Apply(result, name, value.Trim(), index, directory, ui);
            if (error is not null)
                return false;
        }
        return true;
    }

    static bool IsKnown(string name) => name is "starred" or "section" or "pillar" or "strategy" or "department" or "level" or "page";

    static (ListQuery, ListError?) Apply(ListQuery q, string name, string value, PlanIndex index, DepartmentDirectory directory, UiText ui)
    {
        ListError Bad(string ja, string en) => new(name, value, ui.T(ja, en));
        switch (name)
        {
            case "starred":
                return value.ToLowerInvariant() switch
                {
                    "true" => (q with { Starred = true }, null),
                    "false" => (q with { Starred = false }, null),
                    _ => (q, Bad("starred には true(★印の取組だけ)または false(★印のない取組だけ)を指定してください。",
                        "starred must be true (only ★ items) or false (only items without ★).")),
                };
            case "section":
                return value.ToLowerInvariant() switch
                {
                    "initiatives" => (q with { Section = ItemSection.Initiatives }, null),
                    "related" => (q with { Section = ItemSection.Related }, null),
                    _ => (q, Bad("section には initiatives(取組)または related(関連する事業)を指定してください。",
                        "section must be initiatives or related (related projects).")),
                };
            case "pillar":
                var pillar = index.Pillar(value.ToUpperInvariant());
                var pillars = index.Plan.Pillars.Select(p => p.Key).ToList();
                return pillar is not null ? (q with { Pillar = pillar.Key }, null)
                    : (q, Bad($"pillar には施策の柱の記号({Range(pillars)})を指定してください。", $"pillar must be a pillar key ({Range(pillars)})."));
            case "strategy":
                var strategy = index.Strategy(value.ToUpperInvariant());
                var strategies = index.Plan.Strategies.Select(s => s.Key).ToList();
                return strategy is not null ? (q with { Strategy = strategy.Key }, null)
                    : (q, Bad($"strategy には戦略計画の記号({Range(strategies)})を指定してください。", $"strategy must be a strategic-plan key ({Range(strategies)})."));
            case "department":
                return directory.Find(value) is not null ? (q with { Department = value }, null)
                    : (q, Bad("department には、この計画の「事業実施課」に記された部または課の名前を指定してください(「部・課から探す」に一覧があります)。",
                        "department must be the name of a department (部) or section (課) named in this plan (see Departments)."));
            case "level":
                return value.ToLowerInvariant() switch
                {
                    "top" => (q with { TopOnly = true }, null),
                    "all" => (q with { TopOnly = false }, null),
                    _ => (q, Bad("level には top(細目を除く)または all(細目を含む)を指定してください。", "level must be top (no sub-items) or all.")),
                };
            default: // page
                return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page >= 1
                    ? (q with { Page = page }, null)
                    : (q, Bad("page には 1 以上の整数を指定してください。", "page must be a whole number, 1 or more."));
        }
    }

    static string Range(IReadOnlyList<string> keys) => keys.Count switch
    {
        0 => "-",
        1 => keys[0],
        _ => $"{keys[0]}–{keys[^1]}",
    };

    public bool Matches(PlanItem item, PlanIndex index, IReadOnlySet<PlanItem>? departmentItems) =>
        (Starred is not { } starred || item.Starred == starred)
        && (Section is not { } section || item.Section == section)
        && (Pillar is null || index.PillarOf(item).Key == Pillar)
        && (Strategy is null || index.StrategyOf(item).Key == Strategy)
        && (departmentItems is null || departmentItems.Contains(item))
        && (!TopOnly || index.ParentOf(item) is null);

    /// <summary>The list's address with these filters; the first page is left out so that every list has one URL.</summary>
    public string Url(string planUrl)
    {
        var parts = new List<string>();
        if (Starred is { } starred)
            parts.Add($"starred={(starred ? "true" : "false")}");
        if (Section is { } section)
            parts.Add($"section={(section == ItemSection.Related ? "related" : "initiatives")}");
        if (Pillar is not null)
            parts.Add($"pillar={Pillar}");
        if (Strategy is not null)
            parts.Add($"strategy={Strategy}");
        if (Department is not null)
            parts.Add($"department={Uri.EscapeDataString(Department)}");
        if (TopOnly)
            parts.Add("level=top");
        if (Page > 1)
            parts.Add($"page={Page}");
        return parts.Count == 0 ? $"{planUrl}/list" : $"{planUrl}/list?{string.Join("&", parts)}";
    }
}
