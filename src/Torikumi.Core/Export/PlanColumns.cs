namespace Torikumi.Core.Export;

/// <summary>One column of the item list (see <see cref="ExportColumn{TRow}"/>).</summary>
public sealed record PlanColumn(string Header, string Name, string Description, Func<PlanRow, object?> Value)
    : ExportColumn<PlanRow>(Header, Name, Description, Value);

/// <summary>The columns of the CSV and XLSX item list, in order (docs/open-data.md lists them).</summary>
public static class PlanColumns
{
    public const string StarMark = "★";
    public const string RepostMark = "再掲";

    public static IReadOnlyList<PlanColumn> All { get; } =
    [
        new("計画名", "plan", "計画の名称", r => r.Plan) { Width = 30 },
        new("自治体", "municipality", "計画を策定した自治体", r => r.Municipality) { Width = 10 },
        new("段階", "stage", "素案・案・決定", r => r.Stage) { Width = 6 },
        new("版", "version", "Torikumi に取り込んだ版の番号", r => r.Version) { Width = 5 },
        new("施策の柱キー", "pillar_key", "施策の柱のキー（P1 …）", r => r.PillarKey) { Width = 8 },
        new("施策の柱番号", "pillar_number", "施策の柱の番号", r => r.PillarNumber) { Width = 8 },
        new("施策の柱", "pillar_title", "施策の柱の名称", r => r.PillarTitle) { Width = 24, Long = true },
        new("戦略計画キー", "strategy_key", "戦略計画のキー（S4 …）", r => r.StrategyKey) { Width = 8 },
        new("戦略計画番号", "strategy_number", "戦略計画の番号（計画全体の通し番号）", r => r.StrategyNumber) { Width = 8 },
        new("戦略計画", "strategy_title", "戦略計画の名称", r => r.StrategyTitle) { Width = 28, Long = true },
        new("キー", "key", "取組の固定キー（4-1、4-1-3、12-R3 …）", r => r.Key) { Width = 9 },
        new("親キー", "parent_key", "細目の場合、親の取組のキー", r => r.ParentKey) { Width = 9 },
        new("区分", "level", "取組・関連する事業・細目", r => r.Level) { Width = 12 },
        new("番号", "number", "印刷された番号（3 保育サービスの充実 → 3、(1) → 1）", r => r.Number) { Width = 6 },
        new("名称", "title", "取組の名称（★と【再掲】を除く）", r => r.Title) { Width = 30, Long = true },
        new("★", "starred", "名称に★が付いている場合は ★", r => r.Starred ? StarMark : null) { Width = 4 },
        new("再掲", "repost", "【再掲】の取組の場合は 再掲", r => r.Repost ? RepostMark : null) { Width = 6 },
        new("再掲元キー", "repost_of", "再掲の元の取組のキー（見つかった場合）", r => r.RepostOf) { Width = 9 },
        new("本文", "body", "本文（段落ごとに改行）", r => r.Body) { Width = 60, Long = true },
        new("箇条", "list", "①②③の段落（各段落の先頭に番号）", r => r.List) { Width = 60, Long = true },
        new("箇条の後の本文", "body_after_list", "①②③の後の本文", r => r.BodyAfterList) { Width = 40, Long = true },
        new("注", "footnotes", "注（※1 用語・・・説明、1行に1件）", r => r.Footnotes) { Width = 40, Long = true },
        new("事業実施課", "owners", "計画に書かれた事業実施課（部：課、課、1行に1部）", r => r.Owners) { Width = 30, Long = true },
        new("担当部", "departments", "担当する部（事業実施課がなければ親の取組の部、細目の部も含む、1行に1部）", r => r.Departments) { Width = 16, Long = true },
        new("URL", "url", "ポータルでの取組のページ（/plans/{id}/items/{key}）", r => r.Url) { Width = 24 },
    ];
}
