using System.Net;
using Torikumi.Web.Tests.Progress;
using static Torikumi.Web.Tests.Progress.TestUsers;

namespace Torikumi.Web.Tests.PublicProgress;

/// <summary>
/// Reports on the rich plan in every stage of 令和4年度, through the API as the departments and the planning division
/// would make them. Every unpublished one carries a text that must never reach a public page or download.
/// </summary>
public static class PublicProgressSeed
{
    public const string PublishedKumin = "協定を12件締結した(公表済み)";
    public const string PublishedSomu = "研修を4回実施した(公表済み)";
    public const string EvidenceUrl = "https://example.jp/kuho/2022-06.html";

    /// <summary>Texts of reports that are draft, submitted, returned or approved: none may appear publicly.</summary>
    public static readonly string[] Secrets = ["承認済みで未公表の実績", "提出済みの実績", "下書きの実績", "差戻しの実績", "下書きの備考"];

    /// <summary>The published reports as roll-ups take them: (item, department, status, percent).</summary>
    public static readonly (string Key, string Department, string Status, decimal Percent)[] Published =
        [("2-1", "区民部", "behind", 30), ("1-1-2", "総務部", "on-track", 80)];

    static async Task OkAsync(Task<HttpResponseMessage> call) => Assert.Equal(HttpStatusCode.OK, (await call).StatusCode);

    public static async Task SeedAsync(ProgressTestApp app)
    {
        // Published: 2-1 by 区民部, with remarks and evidence.
        await OkAsync(app.PutAsync("2-1", 2022, "区民部", Kumin, new
        {
            plan = "地域団体と協定を結ぶ", result = PublishedKumin, status = "behind", percent = 30, remarks = "一部の団体で調整中",
            evidence = new[] { new { title = "区報 6月号", url = EvidenceUrl } },
        }, 0));
        await PublishAsync(app, "2-1", "区民部", Kumin);
        // Published: 1-1-2 by 総務部, with an indicator.
        await OkAsync(app.PutAsync("1-1-2", 2022, "総務部", Somu, new
        {
            plan = "研修を4回行う", result = PublishedSomu, status = "on-track", percent = 80,
            indicators = new[] { new { name = "研修の回数", unit = "回", targets = new[] { new { fiscalYear = 2022, value = 4m } },
                actuals = new[] { new { fiscalYear = 2022, value = 4m } } } },
        }, 0));
        await PublishAsync(app, "1-1-2", "総務部", Somu);

        // Approved, not published: 2-1 by こども家庭部.
        await OkAsync(app.PutAsync("2-1", 2022, "こども家庭部", Kodomo, new { plan = "計画", result = Secrets[0], status = "ahead", percent = 100 }, 0));
        await OkAsync(app.StepAsync("2-1", 2022, "こども家庭部", "submit", Kodomo));
        await OkAsync(app.StepAsync("2-1", 2022, "こども家庭部", "approve", Reviewer));
        // Submitted: 1-1-1-1.
        await OkAsync(app.PutAsync("1-1-1-1", 2022, null, Kodomo, new { plan = "計画", result = Secrets[1], status = "mostly", percent = 60 }, 0));
        await OkAsync(app.StepAsync("1-1-1-1", 2022, null, "submit", Kodomo));
        // Draft: 1-1-2 by こども家庭部.
        await OkAsync(app.PutAsync("1-1-2", 2022, "こども家庭部", Kodomo, new { plan = "計画", result = Secrets[2], status = "ahead", percent = 95, remarks = Secrets[4] }, 0));
        // Returned: 1-1-1-1 in 令和5年度.
        await OkAsync(app.PutAsync("1-1-1-1", 2023, null, Kodomo, new { plan = "計画", result = Secrets[3], status = "behind", percent = 10 }, 0));
        await OkAsync(app.StepAsync("1-1-1-1", 2023, null, "submit", Kodomo));
        await OkAsync(app.StepAsync("1-1-1-1", 2023, null, "return", Reviewer, new { reason = "数字を確認してください" }));
    }

    static async Task PublishAsync(ProgressTestApp app, string key, string department, TestUser editor)
    {
        await OkAsync(app.StepAsync(key, 2022, department, "submit", editor));
        await OkAsync(app.StepAsync(key, 2022, department, "approve", Reviewer));
        await OkAsync(app.StepAsync(key, 2022, department, "publish", Admin));
    }
}
