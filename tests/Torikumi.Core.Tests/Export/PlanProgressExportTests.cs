using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Torikumi.Core.Export;
using Torikumi.Core.Progress;

namespace Torikumi.Core.Tests.Export;

/// <summary>Published progress in the plan's JSON, XLSX and progress CSV; the plan alone stays byte for byte as it was.</summary>
public sealed class PlanProgressExportTests
{
    static readonly DateTimeOffset Downloaded = new(2026, 11, 28, 20, 30, 0, TimeSpan.Zero);

    static ProgressRow Row(string key, int year, string department, string result) => new()
    {
        ItemKey = key,
        ItemTitle = "題",
        FiscalYear = year,
        FiscalYearLabel = Torikumi.Core.Japanese.FiscalYears.Label(year),
        Department = department,
        Sections = ["保育課"],
        Status = "on-track",
        StatusLabel = "計画どおり",
        Percent = ProgressColumns.Plain(80.00m),
        Plan = "計画",
        Result = result,
        Evidence = [new("区報", "https://example.jp/a")],
        Indicators = [ProgressIndicator.Of(new Indicator
        {
            Name = "研修の回数", Unit = "回",
            Targets = [new(2022, 4.0m), new(2023, 6m)],
            Actuals = [new(2022, 4m), new(2023, 99m)],
        }, year)],
    };

    [Fact]
    public void without_progress_the_json_is_the_plan_alone()
    {
        Assert.Equal(PlanJson.SerializeToUtf8(Sample.Plan), PlanJson.SerializeToUtf8(Sample.Plan, []));
    }

    [Fact]
    public void progress_goes_into_its_item_before_the_children_and_nothing_else_changes()
    {
        var key = Sample.Plan.AllItems.First(i => i.Children.Count == 0 && i.Owners.Count > 0).Key;
        var bytes = PlanJson.SerializeToUtf8(Sample.Plan, [Row(key, 2022, "こども家庭部", "実施した")]);
        var text = Encoding.UTF8.GetString(bytes);

        var root = JsonNode.Parse(text)!.AsObject();
        var item = root["pillars"]!.AsArray().SelectMany(p => p!["strategies"]!.AsArray()).SelectMany(s => s!["items"]!.AsArray())
            .SelectMany(Flatten).Single(i => i["key"]!.GetValue<string>() == key);
        var names = item.AsObject().Select(p => p.Key).ToList();
        Assert.Equal(names.IndexOf("children") - 1, names.IndexOf("progress"));
        var entry = item["progress"]!.AsArray().Single()!;
        Assert.Equal(2022, entry["fiscalYear"]!.GetValue<int>());
        Assert.Equal("令和4年度(2022年度)", entry["fiscalYearLabel"]!.GetValue<string>());
        Assert.Equal("80", entry["percent"]!.ToJsonString());
        Assert.Null(entry["itemKey"]);
        var indicator = entry["indicators"]!.AsArray().Single()!;
        Assert.Equal("4", indicator["target"]!.ToJsonString());
        Assert.Equal("100", indicator["achievement"]!.ToJsonString());
        Assert.DoesNotContain("99", indicator.ToJsonString()); // another year's actual stays out
        Assert.EndsWith("}\n", text);

        // Reading skips the progress; the plan is the same plan.
        var read = PlanJson.Deserialize(text);
        Assert.Equal(PlanJson.SerializeToUtf8(Sample.Plan), PlanJson.SerializeToUtf8(read));
        // Take the progress out again and the bytes are the plan's, byte for byte: the rest was written identically.
        foreach (var node in root["pillars"]!.AsArray().SelectMany(p => p!["strategies"]!.AsArray()).SelectMany(s => s!["items"]!.AsArray()).SelectMany(Flatten))
            node.AsObject().Remove("progress");
        Assert.Equal(JsonNode.Parse(PlanJson.Serialize(Sample.Plan))!.ToJsonString(), root.ToJsonString());
    }

    static IEnumerable<JsonNode> Flatten(JsonNode? item) =>
        new[] { item! }.Concat(item!["children"]!.AsArray().SelectMany(Flatten));

    [Fact]
    public void reading_still_refuses_unknown_members_other_than_progress()
    {
        var text = PlanJson.Serialize(Sample.Plan).Replace("\"children\": []", "\"progress\": [], \"childs\": []", StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => PlanJson.Deserialize(text));
    }

    [Fact]
    public void the_workbook_has_a_progress_sheet_when_progress_is_given()
    {
        var rows = new[] { Row("1-1", 2022, "こども家庭部", "実施した"), Row("1-1", 2023, "こども家庭部", "拡大した") };
        using var book = new XLWorkbook(new MemoryStream(PlanXlsx.Write(Sample.Plan, new PlanExportSource(1, 1), Downloaded, rows)));

        Assert.Equal([PlanXlsx.ItemsSheet, PlanXlsx.ProgressSheet, PlanXlsx.AboutSheet], book.Worksheets.Select(s => s.Name));
        var sheet = book.Worksheet(PlanXlsx.ProgressSheet);
        Assert.Equal(ProgressColumns.All.Select(c => c.Header), Enumerable.Range(1, ProgressColumns.All.Count).Select(c => sheet.Cell(1, c).GetString()));
        Assert.Equal("拡大した", sheet.Cell(3, 12).GetString());
        Assert.Equal("研修の回数: 目標 6回 / 実績 99回", sheet.Cell(3, 15).GetString().Split(" (")[0]);
        var about = string.Join("\n", book.Worksheet(PlanXlsx.AboutSheet).CellsUsed().Select(c => c.GetString()));
        Assert.Contains("「進捗一覧」の列", about);
        Assert.Contains("fiscal_year_label", about);
        Assert.Contains(OpenDataLicence.Japanese, about);
    }

    [Fact]
    public void an_empty_progress_list_still_gives_the_sheet_with_its_header()
    {
        using var book = new XLWorkbook(new MemoryStream(PlanXlsx.Write(Sample.Plan, new PlanExportSource(1, 1), Downloaded, [])));
        Assert.Equal("年度", book.Worksheet(PlanXlsx.ProgressSheet).Cell(1, 1).GetString());
    }

    [Fact]
    public void the_progress_csv_has_the_progress_columns()
    {
        var text = Encoding.UTF8.GetString(OpenDataCsv.Write(ProgressColumns.All, [Row("1-1", 2022, "こども家庭部", "=実施")], CsvHeader.English).AsSpan(3));
        var lines = text.Split("\r\n");

        Assert.Equal(string.Join(",", ProgressColumns.All.Select(c => c.Name)), lines[0]);
        Assert.StartsWith("2022,令和4年度(2022年度),1-1,題,こども家庭部,保育課,on-track,計画どおり,,80,計画,", lines[1]);
        Assert.Contains("'=実施", lines[1]); // a formula-like text is escaped, as in the item list
    }
}
