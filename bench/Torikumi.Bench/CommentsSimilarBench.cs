using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Torikumi.Core.Comments;

namespace Torikumi.Bench;

/// <summary>
/// <c>comments-similar [N]</c>: times <see cref="NearDuplicates.Suggest"/> on N generated opinions (default 2,000, the
/// load the public-comment issue expects), of which about a quarter are copies of ten campaign letters with small edits.
/// Runs BenchmarkDotNet in process (short job) so that N reaches the benchmark, after one Stopwatch pass that also prints
/// how many groups were found. <c>--filter *CommentsSimilar*</c> runs it with the default N as any other benchmark.
/// </summary>
[MemoryDiagnoser]
public class CommentsSimilarBenchmarks
{
    public static int Count { get; set; } = 2000;

    List<(int Id, string Text)> opinions = [];

    [GlobalSetup]
    public void Setup() => opinions = CommentsSimilarBench.Opinions(Count);

    [Benchmark]
    public int Suggest() => NearDuplicates.Suggest(opinions).Count;
}

static class CommentsSimilarBench
{
    public static int Run(string[] args)
    {
        CommentsSimilarBenchmarks.Count = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
        var opinions = Opinions(CommentsSimilarBenchmarks.Count);
        var chars = opinions.Sum(o => o.Text.Length);
        var watch = Stopwatch.StartNew();
        var groups = NearDuplicates.Suggest(opinions);
        watch.Stop();
        var normalise = Stopwatch.StartNew();
        foreach (var (_, text) in opinions)
            NearDuplicates.Normalise(text);
        normalise.Stop();
        // CPU time moves much less than wall time when the shared machine is busy: report both, over 5 warm calls.
        var cpu = new List<double>();
        var wall = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var w = Stopwatch.StartNew();
            NearDuplicates.Suggest(opinions);
            wall.Add(w.Elapsed.TotalMilliseconds);
            cpu.Add((Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds);
        }
        cpu.Sort();
        wall.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"// {opinions.Count} opinions, {chars} characters (mean {chars / Math.Max(1, opinions.Count)}): {groups.Count} groups, {groups.Sum(g => g.Ids.Count)} opinions grouped; first call {watch.Elapsed.TotalMilliseconds:F0} ms, normalising alone {normalise.Elapsed.TotalMilliseconds:F0} ms"));
        Console.WriteLine(FormattableString.Invariant(
            $"// warm calls: median {wall[2]:F0} ms wall, {cpu[2]:F0} ms CPU (process, all threads incl. GC); load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}"));
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkRunner.Run<CommentsSimilarBenchmarks>(config);
        return 0;
    }

    static readonly string[] Topics =
    [
        "保育園", "学童クラブ", "公園のトイレ", "図書館", "駅前の駐輪場", "通学路の歩道", "コミュニティバス", "商店街", "空き家",
        "地域集会所", "学校の体育館", "防災倉庫", "区民農園", "高齢者施設", "児童館", "スポーツ施設", "区のホームページ",
        "オンライン手続", "ごみの分別", "路上喫煙の対策", "介護人材の確保", "子ども食堂", "就労支援", "外国人住民への案内",
        "みどりの保全", "街路樹", "河川の遊歩道", "自転車専用レーン", "医療的ケア児の支援", "ひとり親家庭の支援",
        "不登校の子どもの居場所", "認知症カフェ", "男性の育児参加", "ボランティア活動", "文化施設", "区民事務所の窓口",
    ];

    static readonly string[] Asks =
    [
        "を増やしてほしい", "の運営を見直してください", "の利用時間を延ばしてほしい", "の情報をもっと発信してください",
        "について説明会を開いてほしい", "の予算を確保してください", "を早く整備してください", "の数値目標を明確にしてください",
        "に区民の声を反映してほしい", "を民間と協力して進めてください", "の安全対策を強化してください", "の料金を下げてほしい",
        "をもっと使いやすくしてください", "の進み具合を毎年公表してください", "を計画に明記してほしい",
    ];

    static readonly string[] Reasons =
    [
        "共働きで子どもを預ける先に困っているので", "近所の高齢者が不便を感じているため", "雨の日は特に危ないので",
        "夜遅くまで働く人も多いので", "転入してきたばかりで分からないことが多く", "障害のある家族と暮らしているため",
        "他の区ではすでに実施されていると聞いたので", "利用者が年々増えているので", "若い世代の参加が少ないと感じるので",
        "災害時に本当に役立つのか不安なので", "地域のつながりが薄れていると思うので", "駅から遠い地域に住んでいるため",
    ];

    /// <summary>
    /// Deterministic opinions of one to five clauses (reason、topic + request。, with a year or a number now and then);
    /// every fourth is a copy of one of ten campaign letters with a small edit (a greeting, a word, a closing line).
    /// </summary>
    public static List<(int Id, string Text)> Opinions(int count)
    {
        var random = new Random(2026);
        string Clause()
        {
            var text = $"{Reasons[random.Next(Reasons.Length)]}、{Topics[random.Next(Topics.Length)]}{Asks[random.Next(Asks.Length)]}。";
            return random.Next(4) == 0 ? $"令和{random.Next(8, 13)}年度までに{random.Next(2, 40)}か所は必要だと思います。" + text : text;
        }
        var campaigns = Enumerable.Range(0, 10).Select(_ => string.Concat(Enumerable.Range(0, 5).Select(_ => Clause()))).ToArray();
        var list = new List<(int, string)>(count);
        for (var id = 1; id <= count; id++)
        {
            string text;
            if (id % 4 == 0)
            {
                text = campaigns[random.Next(campaigns.Length)];
                text = random.Next(3) switch
                {
                    0 => "練馬区長様　" + text,
                    1 => text.Replace("ください", "下さい", StringComparison.Ordinal),
                    _ => text + "よろしくお願いします。",
                };
            }
            else
                text = string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Clause()));
            list.Add((id, text));
        }
        return list;
    }
}
