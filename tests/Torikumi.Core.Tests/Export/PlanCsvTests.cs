using System.Globalization;
using System.Text;
using CsvHelper;
using Torikumi.Core.Export;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Tests.Export;

/// <summary>The CSV download: bytes Excel opens as UTF-8, and a CSV reader gets every value back.</summary>
public sealed class PlanCsvTests
{
    static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>What a CSV reader should get back for each row: the cell values, formulas defused with a leading '.</summary>
    static List<string[]> Expected(IEnumerable<PlanRow> rows) =>
        [.. rows.Select(r => PlanColumns.All.Select(c => c.Value(r) switch
        {
            null => "",
            int n => n.ToString(CultureInfo.InvariantCulture),
            string s when s.Length > 0 && "=+-@\t\r".Contains(s[0]) => "'" + s,
            var s => (string)s,
        }).ToArray())];

    static (string[] Header, List<string[]> Records) Read(byte[] csv)
    {
        using var reader = CsvReader.Create(csv, CsvReaderOptions.Default with { Separator = ',', HasHeader = true });
        var records = new List<string[]>();
        while (reader.Read())
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetString(i) ?? "")]);
        return ([.. reader.Headers], records);
    }

    [Fact]
    public void the_file_starts_with_the_utf8_byte_order_mark_so_excel_reads_it_as_utf8()
    {
        var csv = PlanCsv.Write(PlanRows.Of(Sample.Plan));

        Assert.Equal(Bom, csv[..3]);
        Assert.StartsWith("計画名,自治体,段階,版,", Encoding.UTF8.GetString(csv, 3, csv.Length - 3));
    }

    [Fact]
    public void the_sample_reads_back_to_the_same_174_rows()
    {
        var rows = PlanRows.Of(Sample.Plan, new PlanExportSource(1, 1));

        var (header, records) = Read(PlanCsv.Write(rows));

        Assert.Equal(PlanColumns.All.Select(c => c.Header), header);
        Assert.Equal(174, records.Count);
        Assert.Equal(Expected(rows), records);
    }

    [Fact]
    public void commas_quotes_and_line_breaks_inside_fields_survive_and_records_end_with_crlf()
    {
        var rows = PlanRows.Of(TrickyPlan.Build(), new PlanExportSource(3, 1));
        var csv = PlanCsv.Write(rows);
        var text = Encoding.UTF8.GetString(csv, 3, csv.Length - 3);

        var (_, records) = Read(csv);

        Assert.Equal(Expected(rows), records);
        Assert.Contains("\"計画, \"\"引用\"\" 付き\"", text);
        Assert.Contains("\"一行目, カンマ\n二行目 \"\"引用\"\"\n段落の中の改行\"", text);
        Assert.EndsWith("\r\n", text);
        Assert.Equal(rows.Count + 1, text.Split("\r\n").Length - 1);
        Assert.Contains("㉑項目21", records[0][PlanColumns.All.ToList().FindIndex(c => c.Name == "list")]);
    }

    [Fact]
    public void a_field_that_a_spreadsheet_would_run_as_a_formula_is_defused()
    {
        var (_, records) = Read(PlanCsv.Write(PlanRows.Of(TrickyPlan.Build())));
        var title = PlanColumns.All.ToList().FindIndex(c => c.Name == "title");

        Assert.Equal("'=SUM(A1:A2)", records[0][title]);
        Assert.Equal("123", records[1][title]);
    }

    [Fact]
    public void the_english_header_uses_the_stable_names()
    {
        var (header, _) = Read(PlanCsv.Write(PlanRows.Of(HandBuiltPlan.Minimal()), CsvHeader.English));

        Assert.Equal(PlanColumns.All.Select(c => c.Name), header);
    }

    [Fact]
    public void a_plan_without_items_is_a_header_alone()
    {
        var csv = PlanCsv.Write(PlanRows.Of(new PlanDocument { Title = "空の計画" }));

        Assert.Single(Encoding.UTF8.GetString(csv, 3, csv.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }
}
