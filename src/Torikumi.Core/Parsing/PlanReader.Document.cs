using System.Globalization;
using System.Text.RegularExpressions;
using Torikumi.Core.Japanese;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Parsing;

internal sealed partial class PlanReader
{
    [GeneratedRegex(@"(令和|平成)\s*(\d{1,2}|元)\s*年度\s*\(\s*(\d{4})\s*年度\s*\)")]
    private static partial Regex FiscalYearRegex();

    [GeneratedRegex(@"(令和|平成)\s*(\d{1,2}|元)\s*(?:・\s*(\d{1,2}))+\s*年度")]
    private static partial Regex FiscalRangeRegex();

    [GeneratedRegex(@"(?:(令和|平成)\s*(\d{1,2}|元)\s*年?\s*\(\s*(\d{4})\s*年?\s*\)\s*年?|(\d{4})\s*年)\s*(\d{1,2})\s*月")]
    private static partial Regex PublishedRegex();

    [GeneratedRegex(@"^(?:\S+?[都道府県])?\S{1,8}?[区市町村]$")]
    private static partial Regex MunicipalityRegex();

    [GeneratedRegex(@"〒\s*(\d{3}-\d{4})")]
    private static partial Regex PostalRegex();

    [GeneratedRegex(@"(?:電話|TEL|Tel|℡)\s*[:]?\s*([0-9][0-9\-()代表 ]*[0-9)])")]
    private static partial Regex PhoneRegex();

    [GeneratedRegex(@"(?:FAX|Fax|ファクス|ファックス)\s*[:]?\s*([0-9][0-9\-]*[0-9])")]
    private static partial Regex FaxRegex();

    [GeneratedRegex(@"https?://[^\s　]+")]
    private static partial Regex UrlRegex();

    PlanDocument BuildDocument(int first, int colophonStart)
    {
        var header = chunks.Take(first).ToList();
        var headerText = string.Join(" ", header.Select(c => c.Scan));
        var colophon = chunks.Skip(colophonStart).Where(c => !IsRule(c)).ToList();
        var colophonText = string.Join(" ", colophon.Select(c => text[c.Start..c.End]));
        var colophonScan = string.Join(" ", colophon.Select(c => c.Scan));

        var (title, stage) = ReadTitleAndStage(header, colophon);
        var (years, yearsText) = ReadFiscalYears(headerText);
        var published = ReadPublished(headerText) ?? ReadPublished(colophonScan);
        var municipality = header.Select(c => c.Scan).LastOrDefault(s => MunicipalityRegex().IsMatch(s))
                           ?? FirstWord(ReadPublisher(colophonScan));
        if (title.Length == 0)
            Report(DiagnosticSeverity.Warning, "no-title", 0, 0, "the plan has no title before its first heading", "put the plan's title on the first line");
        if (years.Count == 0)
            Report(DiagnosticSeverity.Info, "no-fiscal-years", 0, 0, "no fiscal years (令和4年度(2022年度)…) were found in the title page",
                "write the plan period on the title page, e.g. 令和4年度(2022年度)・令和5年度(2023年度)");

        return new PlanDocument
        {
            Title = title,
            Municipality = municipality,
            Stage = stage,
            FiscalYears = years,
            FiscalYearsText = yearsText,
            Published = published,
            Colophon = colophon.Count == 0 ? null : ReadColophon(colophonText, colophonScan),
            Pillars = pillars.Select(p => new Pillar
            {
                Key = Pillar.KeyFor(p.Number),
                Number = p.Number,
                Title = p.Title,
                Span = new SourceSpan(p.Start, p.End),
                Strategies = p.Strategies.Select(s => new Strategy
                {
                    Key = Strategy.KeyFor(s.Number),
                    Number = s.Number,
                    Title = s.Title,
                    Sections = s.Sections,
                    Span = new SourceSpan(s.Start, s.End),
                    Items = s.Items.Select(i => i.Build(joiner)).ToList(),
                }).ToList(),
            }).ToList(),
        };
    }

    (string Title, string? Stage) ReadTitleAndStage(List<Chunk> header, List<Chunk> colophon)
    {
        string? stage = null;
        var pieces = new List<string>();
        foreach (var c in header)
        {
            if (FiscalYearRegex().IsMatch(c.Scan) || PublishedRegex().IsMatch(c.Scan) || c.Scan.StartsWith("令和", StringComparison.Ordinal)
                || c.Scan.StartsWith("平成", StringComparison.Ordinal) || MunicipalityRegex().IsMatch(c.Scan) && pieces.Count > 0)
                break;
            pieces.Add(text[c.Start..c.End]);
        }
        var joined = "";
        foreach (var p in pieces)
        {
            // 第2次 + みどりの… join; ビジョン + 改定… keep a space; anything + (…) join.
            var glue = joined.Length == 0 || JapaneseText.Width(joined) <= 3 || p[0] is '(' or '(' or '【' or '「' || joined[^1] is ')' or ')' or '】' ? "" : " ";
            joined += glue + p;
        }
        foreach (var (marker, name) in vocab.StageMarkers)
        {
            var folded = new string(joined.Select(JapaneseText.FoldWidth).ToArray());
            var at = folded.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0) continue;
            stage ??= name;
            joined = (joined[..at] + joined[(at + marker.Length)..]).Trim();
        }
        if (stage is null)
        {
            var colophonScan = string.Join("", colophon.Select(c => c.Scan));
            stage = vocab.StageMarkers.Where(m => colophonScan.Contains(m.Marker, StringComparison.Ordinal)).Select(m => m.Stage).FirstOrDefault();
        }
        return (joined.Trim(), stage);
    }

    (List<int> Years, string? Text) ReadFiscalYears(string header)
    {
        var years = new List<int>();
        var matches = FiscalYearRegex().Matches(header);
        if (matches.Count > 0)
        {
            foreach (Match m in matches)
            {
                var western = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
                var fromEra = Era.ToWesternYear(m.Groups[1].Value, m.Groups[2].Value);
                if (fromEra is { } e && e != western)
                    Report(DiagnosticSeverity.Warning, "fiscal-year", 0, 0, $"{m.Value} gives two different years ({e} and {western})", "check the plan period on the title page");
                if (!years.Contains(western)) years.Add(western);
            }
            // 令和6年度(2024年度)～令和8年度(2026年度) is a period: every year from the first to the last.
            if (matches.Count == 2 && header[(matches[0].Index + matches[0].Length)..matches[1].Index].Trim() is "～" or "〜" or "~" or "-" or "から")
                years = Enumerable.Range(years[0], Math.Clamp(years[^1] - years[0] + 1, 1, 20)).ToList();
            var from = matches[0].Index;
            var to = matches[^1].Index + matches[^1].Length;
            return (years, header[from..to].Replace(" ", "", StringComparison.Ordinal));
        }
        var range = FiscalRangeRegex().Match(header);
        if (range.Success)
        {
            var era = range.Groups[1].Value;
            foreach (var y in new[] { range.Groups[2].Value }.Concat(range.Groups[3].Captures.Select(c => c.Value)))
                if (Era.ToWesternYear(era, y) is { } w) years.Add(w);
            return (years, range.Value.Replace(" ", "", StringComparison.Ordinal));
        }
        return (years, null);
    }

    static string? ReadPublished(string s)
    {
        var m = PublishedRegex().Match(s);
        if (!m.Success) return null;
        int year;
        if (m.Groups[3].Success) year = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
        else if (m.Groups[4].Success) year = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
        else return null;
        var month = int.Parse(m.Groups[5].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 ? $"{year:D4}-{month:D2}" : null;
    }

    static string? ReadPublisher(string colophon)
    {
        var at = colophon.IndexOf("発行", StringComparison.Ordinal);
        if (at < 0) return null;
        var rest = colophon[(at + 2)..];
        var end = rest.IndexOfAny(['〒']);
        var addr = rest.IndexOf("所在地", StringComparison.Ordinal);
        if (addr >= 0 && (end < 0 || addr < end)) end = addr;
        var publisher = (end >= 0 ? rest[..end] : rest).Trim();
        return publisher.Length is > 0 and < 60 ? publisher : null;
    }

    static string? FirstWord(string? s) => s?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();

    static Colophon ReadColophon(string colophonText, string scanText)
    {
        var postal = PostalRegex().Match(scanText);
        string? address = null;
        if (postal.Success)
        {
            var rest = scanText[(postal.Index + postal.Length)..];
            var stop = new[] { "電話", "TEL", "Tel", "FAX", "Fax", "http", "ホームページ" }
                .Select(w => rest.IndexOf(w, StringComparison.Ordinal)).Where(x => x >= 0).DefaultIfEmpty(rest.Length).Min();
            address = rest[..stop].Trim();
            if (address.Length == 0) address = null;
        }
        var phone = PhoneRegex().Match(scanText);
        var fax = FaxRegex().Match(scanText);
        var url = UrlRegex().Match(scanText);
        return new Colophon
        {
            Publisher = ReadPublisher(scanText),
            PostalCode = postal.Success ? postal.Groups[1].Value : null,
            Address = address,
            Phone = phone.Success ? phone.Groups[1].Value.Trim() : null,
            Fax = fax.Success ? fax.Groups[1].Value : null,
            Url = url.Success ? url.Value : null,
            Text = colophonText,
        };
    }

    /// <summary>【再掲】 items point to the original: an item of the same title elsewhere that is not itself a repeat.</summary>
    void LinkReposts(PlanDocument plan, out PlanDocument linked)
    {
        var originals = new Dictionary<string, string>();
        foreach (var it in plan.AllItems)
            if (!it.Repost) originals.TryAdd(NormaliseTitle(it.Title), it.Key);
        PlanItem Link(PlanItem it)
        {
            var children = it.Children.Select(Link).ToList();
            string? of = null;
            if (it.Repost)
            {
                if (!originals.TryGetValue(NormaliseTitle(it.Title), out of))
                    Report(DiagnosticSeverity.Warning, "repost-original", it.Span.Start, it.Span.Start + 1,
                        $"item {it.Key} 「{it.Title}」 is marked 【再掲】 but no other item has this title", "check the title against the original item; the link was left empty");
            }
            if (children.Count == 0 && it.Owners.Count == 0)
                Report(DiagnosticSeverity.Info, "no-owners", it.Span.Start, it.Span.Start + 1,
                    $"item {it.Key} 「{it.Title}」 has no owners line", "if the document names its departments elsewhere, add them when reviewing the plan");
            return it with { Children = children, RepostOf = of, Footnotes = it.Footnotes.Select(f => f.Term is null ? f with { Term = GuessTerm(it, f.Mark) } : f).ToList() };
        }
        linked = plan with
        {
            Pillars = plan.Pillars.Select(p => p with
            {
                Strategies = p.Strategies.Select(s => s with { Items = s.Items.Select(Link).ToList() }).ToList(),
            }).ToList(),
        };
    }

    /// <summary>A note without its term (※1・・・説明) explains the word just before the reference (街かどケアカフェ※1).</summary>
    static string? GuessTerm(PlanItem it, string mark)
    {
        foreach (var t in it.Body.Prepend(it.Title).Concat(it.List).Concat(it.BodyAfterList))
        {
            var at = t.IndexOf(mark, StringComparison.Ordinal);
            if (at <= 0) continue;
            var from = at;
            while (from > 0 && t[from - 1] is not ('、' or '。' or '「' or '」' or '『' or '』' or '(' or ')' or '(' or ')' or '【' or '】' or ' ' or '\n' or '・' or 'は' or 'を' or 'が' or 'の' or 'に' or 'で' or 'と'))
                from--;
            var term = t[from..at];
            return term.Length >= 2 ? term : null;
        }
        return null;
    }

    static string NormaliseTitle(string title) =>
        new(title.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>Every ※N in an item's text should have its note, and every note a reference.</summary>
    void CheckFootnotes(PlanDocument plan)
    {
        foreach (var it in plan.AllItems)
        {
            var all = string.Join("\n", it.Body.Concat(it.List).Concat(it.BodyAfterList).Append(it.Title));
            foreach (var f in it.Footnotes)
                if (!all.Contains(f.Mark, StringComparison.Ordinal) && !all.Contains(new string(f.Mark.Select(JapaneseText.FoldWidth).ToArray()), StringComparison.Ordinal))
                    Report(DiagnosticSeverity.Info, "footnote-unreferenced", it.Span.Start, it.Span.Start + 1,
                        $"footnote {f.Mark} of item {it.Key} is not referenced in the item's text", "check the ※ mark in the text");
        }
    }
}
