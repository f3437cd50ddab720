using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Torikumi.Data;
using Torikumi.Data.Storage;

namespace Torikumi.Web.Features.Home;

/// <summary>
/// The page at <c>/</c> until the public portal lands: says plainly that the portal is coming and lists the
/// stored plans with their stage and size, linking to their open data.
/// </summary>
public static class HomePage
{
    static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    public static IEndpointRouteBuilder MapHomePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", RenderAsync).ExcludeFromDescription();
        return app;
    }

    static async Task<ContentHttpResult> RenderAsync(PlanStore store, CancellationToken ct)
    {
        var plans = await store.ListPlansAsync(0, 100, ct);
        return TypedResults.Content(Render(plans), "text/html; charset=utf-8");
    }

    static string Render(IReadOnlyList<PlanSummary> plans)
    {
        var html = new StringBuilder();
        html.Append("""
            <!doctype html>
            <html lang="ja">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Torikumi（取組）— 自治体の取組計画</title>
            </head>
            <body>
            <main>
            <h1>Torikumi（取組）</h1>
            <p>自治体のアクションプラン（年度別取組計画）を読み込み、保存し、オープンデータとして公開します。
            公開ポータルは準備中です。現在はこのページと API（<a href="/api/v1/plans">/api/v1/plans</a>）だけが使えます。</p>
            <p lang="en">The public portal is coming in a later release. For now this page lists the stored plans,
            and <a href="/api/v1/plans">/api/v1/plans</a> serves them as open data.</p>
            <h2>保存されている計画</h2>

            """);
        if (plans.Count == 0)
            html.Append("<p>まだ計画がありません。<code>./torikumi import FILE</code> で取り込めます。</p>\n");
        else
        {
            html.Append("<ul>\n");
            foreach (var p in plans)
            {
                var c = p.LatestCounts;
                html.Append($"<li><a href=\"/api/v1/plans/{p.Id}\">{Html.Encode(p.LatestTitle)}</a>")
                    .Append($" — {Html.Encode(p.Municipality)}・{Html.Encode(p.LatestStage ?? "段階不明")}・第{p.LatestVersion}版")
                    .Append($"・施策の柱 {c.Pillars}・戦略計画 {c.Strategies}・取組と関連事業 {c.Items}・細目 {c.SubItems}</li>\n");
            }
            html.Append("</ul>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
