using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using Torikumi.Core.Comments;
using Torikumi.Core.Comments.Results;
using Torikumi.Core.Export;

namespace Torikumi.Core.Tests.Comments;

public sealed class CommentResultFilesTests
{
    static readonly CommentResultAbout About = new("練馬区", new DateTimeOffset(2027, 2, 10, 1, 0, 0, TimeSpan.Zero), "https://example.jp/plans/1/comments/result");

    static CommentResult Result() => new(
        "第2次みどりの風吹くまちビジョン 改定アクションプラン",
        "素案",
        "令和8年12月1日（火）から令和8年12月31日（木）まで",
        12,
        [new(SubmissionChannel.Web, 8, 10), new(SubmissionChannel.Post, 3, 4), new(SubmissionChannel.Fax, 1, 1)],
        [
            ResultSection.WholePlan([new ResultOpinion(1, "計画全体の数値目標をもっと分かりやすくしてほしい。", "目標の示し方を見直しました。", OpinionClassification.Reflected)]),
            new ResultSection("4-1-3", "保育サービスの充実", [
                new ResultOpinion(3, "認可保育所の定員を増やしてほしい。\n共働き家庭が困っている。", "既に計画に記載しています。", OpinionClassification.AlreadyIncluded),
                new ResultOpinion(2, "=SUM(A1:A2) 病児保育を拡充してほしい, \"至急\"", "今後の参考とします。", OpinionClassification.ForFuture),
            ]),
        ]);

    static (string[] Header, List<string[]> Records) ReadCsv(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, CsvReaderOptions.Default with { Separator = ',', HasHeader = true });
        var records = new List<string[]>();
        while (reader.Read())
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "")]);
        return ([.. reader.Headers], records);
    }

    [Fact]
    public void the_csv_starts_with_one_bom_and_reads_back_one_record_per_opinion_in_order()
    {
        var bytes = CommentResultFiles.CsvBytes(Result());

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.NotEqual([0xEF, 0xBB, 0xBF], bytes[3..6]);
        var (header, records) = ReadCsv(bytes);
        Assert.Equal(["計画名", "段階", "番号", "項目番号", "項目", "意見の概要", "区の考え方", "分類", "分類コード"], header);
        Assert.Equal(["1", "2", "3"], records.Select(r => r[2]));
        Assert.Equal(["", "4-1-3", "4-1-3"], records.Select(r => r[3]));
        Assert.Equal("計画全体について", records[0][4]);
        Assert.Equal("認可保育所の定員を増やしてほしい。\n共働き家庭が困っている。", records[2][5]);
        Assert.Equal(["反映", "今後の参考", "既に記載"], records.Select(r => r[7]));
        Assert.Equal(["reflected", "for-future", "already-included"], records.Select(r => r[8]));
    }

    [Fact]
    public void a_formula_in_a_summary_is_defused_and_quotes_and_commas_survive()
    {
        var (_, records) = ReadCsv(CommentResultFiles.CsvBytes(Result()));

        Assert.Equal("'=SUM(A1:A2) 病児保育を拡充してほしい, \"至急\"", records[1][5]);
    }

    [Fact]
    public void the_csv_text_is_the_same_file_and_english_headers_are_available()
    {
        var text = CommentResultFiles.Csv(Result());

        Assert.Equal('\uFEFF', text[0]);
        Assert.Equal(CommentResultFiles.CsvBytes(Result()), new UTF8Encoding(false).GetBytes(text));
        var (header, _) = ReadCsv(CommentResultFiles.CsvBytes(Result(), CsvHeader.English));
        Assert.Equal(["plan", "stage", "number", "item", "itemTitle", "summary", "view", "classification", "classificationCode"], header);
    }

    [Fact]
    public void the_workbook_has_the_result_table_and_the_about_sheet()
    {
        using var book = new XLWorkbook(new MemoryStream(CommentResultFiles.Xlsx(Result(), About)));

        Assert.Equal([CommentResultFiles.ResultSheet, CommentResultFiles.AboutSheet], book.Worksheets.Select(s => s.Name));
        var sheet = book.Worksheet(CommentResultFiles.ResultSheet);
        Assert.Equal("意見の概要", sheet.Cell(1, 6).GetString());
        Assert.Equal(["1", "2", "3"], Enumerable.Range(2, 3).Select(r => sheet.Cell(r, 3).GetString()));
        Assert.Equal("=SUM(A1:A2) 病児保育を拡充してほしい, \"至急\"", sheet.Cell(3, 6).GetString());
        Assert.False(sheet.Cell(3, 6).HasFormula);
        Assert.Equal("既に記載", sheet.Cell(4, 8).GetString());
        Assert.True(sheet.Cell(5, 1).IsEmpty());
        Assert.True(sheet.Row(1).Style.Font.Bold);
    }

    [Fact]
    public void the_about_sheet_gives_period_counts_licence_and_source()
    {
        using var book = new XLWorkbook(new MemoryStream(CommentResultFiles.Xlsx(Result(), About)));
        var about = book.Worksheet(CommentResultFiles.AboutSheet);
        var facts = about.RowsUsed().Where(r => !r.Cell(2).IsEmpty()).GroupBy(r => r.Cell(1).GetString()).ToDictionary(g => g.Key, g => g.First().Cell(2).GetString());

        Assert.Equal("令和8年12月1日（火）から令和8年12月31日（木）まで", facts["意見募集期間"]);
        Assert.Equal("12人", facts["意見を提出した人数"]);
        Assert.Equal("3件", facts["意見の件数"]);
        Assert.Equal("3人（4件）", facts["提出方法：郵送"]);
        Assert.Equal(OpenDataLicence.Japanese, facts["ライセンス"]);
        Assert.Equal("出典：練馬区「第2次みどりの風吹くまちビジョン 改定アクションプラン【素案】」に対する意見の概要と区の考え方", facts["出典"]);
        Assert.Equal("令和9年(2027年)2月10日", facts["ダウンロード日"]);
    }

    [Fact]
    public void the_result_model_has_no_field_where_personal_data_could_go()
    {
        string[] personal = ["name", "address", "email", "mail", "receipt", "phone", "age", "area", "text", "received", "submitter"];
        var types = new[] { typeof(CommentResult), typeof(ResultSection), typeof(ResultOpinion), typeof(ChannelCount) };

        foreach (var type in types)
            foreach (var property in type.GetProperties())
                Assert.DoesNotContain(personal, p => property.Name.Equals(p, StringComparison.OrdinalIgnoreCase)
                    || property.Name.StartsWith(p, StringComparison.OrdinalIgnoreCase) && property.Name != "Submitters");
    }
}
