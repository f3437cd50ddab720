using Torikumi.Core.Plans;
using Torikumi.Core.Revisions;

namespace Torikumi.Core.Tests.Revisions.Support;

/// <summary>
/// Makes a revised version of a plan the way a ward revises one (素案 → 案, or the next plan period), deterministically
/// from a seed, and records the true correspondence. <paramref name="intensity"/> scales how much changes: at 1 about
/// 40% of items get their wording edited and several percent each are renumbered, moved, split, merged, removed or
/// added; one section (課) is renamed everywhere, and at 0.5 and above one department (部) too. 【素案】 is dropped.
/// Everything here depends only on Core, so the benchmark links this file as it is.
/// </summary>
public sealed class Reviser(int seed, double intensity = 0.5)
{
    readonly Random random = new(seed);
    readonly List<string> log = [];

    public RevisedPlan Revise(PlanDocument older)
    {
        var model = RevisionModel.From(older);
        var counts = CountOf(model.TopLevel().Count());
        var orgChanges = new List<OrganisationChange>();

        EditWording(model);
        RenameSection(model, orgChanges);
        if (intensity >= 0.5)
            RenameDepartment(model, orgChanges);
        ChangeOwners(model);
        Repeat(counts.Remove, () => Remove(model));
        Repeat(counts.Split, () => Split(model));
        Repeat(counts.Merge, () => Merge(model));
        Repeat(counts.Move, () => Move(model));
        Repeat(counts.Renumber, () => Renumber(model));
        Repeat(counts.Reparent, () => Reparent(model));
        Repeat(counts.Add, () => Add(model));
        Repeat(counts.Add / 2, () => AddFollowUp(model));

        var newer = model.ToDocument(older with
        {
            Title = older.Title.Replace("【素案】", "", StringComparison.Ordinal).TrimEnd(),
            Stage = older.Stage == "素案" ? "案" : older.Stage,
        });
        return new RevisedPlan(newer, Truth.Of(older, newer, model), orgChanges, log);
    }

    (int Remove, int Split, int Merge, int Move, int Renumber, int Reparent, int Add) CountOf(int topLevel)
    {
        int Rate(double perItem) => (int)Math.Round(topLevel * perItem * intensity);
        return (Rate(0.05), Rate(0.04), Rate(0.04), Rate(0.05), Rate(0.06), Rate(0.03), Rate(0.05));
    }

    static void Repeat(int times, Func<bool> action)
    {
        for (int done = 0, tries = 0; done < times && tries < times * 20; tries++)
            if (action())
                done++;
    }

    T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];

    // ---- wording, ★ and titles ---------------------------------------------------------------------------------

    static readonly string[] Appended =
    [
        "また、関係機関との連携を強化し、取組の効果を高めます。",
        "取組の成果を検証し、必要に応じて見直しを行います。",
        "区民の意見を踏まえ、より利用しやすい仕組みとします。",
        "デジタル技術を活用し、手続の負担を軽減します。",
    ];

    void EditWording(RevisionModel model)
    {
        foreach (var node in model.AllNodes().ToList())
        {
            if (random.NextDouble() < 0.4 * intensity && EditBody(node))
            {
                log.Add($"body of {node.OldKey}");
                // Some items are reworked more than once (after the comments, and again by the department).
                if (random.NextDouble() < 0.3 * intensity && EditBody(node))
                    log.Add($"body of {node.OldKey} again");
            }
            if (random.NextDouble() < 0.08 * intensity)
            {
                node.Title = EditTitle(node.Title);
                log.Add($"title of {node.OldKey}");
            }
            if (random.NextDouble() < 0.06 * intensity)
            {
                node.Starred = !node.Starred;
                log.Add($"★ of {node.OldKey}");
            }
        }
    }

    bool EditBody(Node node)
    {
        var lists = new[] { node.Body, node.List }.Where(l => l.Count > 0).ToList();
        if (lists.Count == 0)
            return false;
        var paragraphs = Pick(lists);
        var k = random.Next(paragraphs.Count);
        var text = paragraphs[k];
        switch (random.Next(5))
        {
            case 4 when Sentences(text) is { Count: >= 2 } sentences && sentences.Min(x => x.Length) * 2 < text.Length:
                // A sentence dropped (the ward took it out after the comments), never most of the paragraph.
                var drop = sentences.FindIndex(x => x.Length * 2 < text.Length);
                sentences.RemoveAt(drop);
                paragraphs[k] = string.Concat(sentences);
                return true;
            case 0:
                paragraphs[k] = text.TrimEnd() + Pick(Appended);
                return true;
            case 1 when text.Contains("します", StringComparison.Ordinal):
                paragraphs[k] = ReplaceOnce(text, "します", random.Next(2) == 0 ? "していきます" : "してまいります");
                return true;
            case 2 when FirstNumber(text) is var (start, length) && length > 0:
                var value = long.Parse(text.AsSpan(start, length)) + 1 + random.Next(3);
                paragraphs[k] = string.Concat(text.AsSpan(0, start), value.ToString(System.Globalization.CultureInfo.InvariantCulture), text.AsSpan(start + length));
                return true;
            default:
                paragraphs[k] = text.StartsWith("引き続き", StringComparison.Ordinal) ? "今後も" + text[4..] : "引き続き、" + text;
                return true;
        }
    }

    static List<string> Sentences(string text)
    {
        var list = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
            if (text[i] == '。')
            {
                list.Add(text[start..(i + 1)]);
                start = i + 1;
            }
        if (start < text.Length)
            list.Add(text[start..]);
        return list;
    }

    static (int Start, int Length) FirstNumber(string text)
    {
        var start = text.AsSpan().IndexOfAnyInRange('0', '9');
        if (start < 0)
            return (0, 0);
        var end = start;
        while (end < text.Length && end - start < 6 && char.IsAsciiDigit(text[end]))
            end++;
        return (start, end - start);
    }

    string EditTitle(string title) => random.Next(3) switch
    {
        0 when title.EndsWith("の充実", StringComparison.Ordinal) => title[..^3] + "の強化",
        1 when title.EndsWith("の推進", StringComparison.Ordinal) => title[..^3] + "の一層の推進",
        _ => title + "の推進",
    };

    static string ReplaceOnce(string text, string what, string with)
    {
        var i = text.IndexOf(what, StringComparison.Ordinal);
        return i < 0 ? text : string.Concat(text.AsSpan(0, i), with, text.AsSpan(i + what.Length));
    }

    // ---- owners and organisation ----------------------------------------------------------------------------------

    void RenameSection(RevisionModel model, List<OrganisationChange> changes)
    {
        var units = model.UnitCounts().Where(u => u.Value >= 3 && OwnerUnits.Section(u.Key) is { } s && s.EndsWith('課'))
            .Select(u => u.Key).Order(StringComparer.Ordinal).ToList();
        if (units.Count == 0)
            return;
        var unit = Pick(units);
        var department = OwnerUnits.Department(unit);
        var section = OwnerUnits.Section(unit)!;
        var renamed = section[..^1] + "推進課";
        model.RenamedDepartmentsToAvoid.Add(department);
        foreach (var node in model.AllNodes())
            node.Owners = [.. node.Owners.Select(o => o.Department != department ? o
                : o with { Sections = [.. o.Sections.Select(s => s == section ? renamed : s)] })];
        changes.Add(new OrganisationChange(OrganisationChangeKind.Renamed, [unit], [$"{department} {renamed}"], 0));
        log.Add($"section {unit} → {renamed}");
    }

    void RenameDepartment(RevisionModel model, List<OrganisationChange> changes)
    {
        var departments = model.UnitCounts().GroupBy(u => OwnerUnits.Department(u.Key))
            .Where(g => g.Sum(u => u.Value) >= 3 && g.Key.EndsWith('部') && !model.RenamedDepartmentsToAvoid.Contains(g.Key))
            .Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
        if (departments.Count == 0)
            return;
        var department = Pick(departments);
        var renamed = department[..^1] + "局";
        foreach (var node in model.AllNodes())
            node.Owners = [.. node.Owners.Select(o => o.Department == department ? o with { Department = renamed } : o)];
        changes.Add(new OrganisationChange(OrganisationChangeKind.Renamed, [department], [renamed], 0));
        log.Add($"department {department} → {renamed}");
    }

    void ChangeOwners(RevisionModel model)
    {
        var pool = model.AllNodes().SelectMany(n => n.Owners).ToList();
        if (pool.Count == 0)
            return;
        foreach (var node in model.AllNodes().Where(n => n.Owners.Count > 0).ToList())
        {
            if (random.NextDouble() >= 0.08 * intensity)
                continue;
            var other = Pick(pool);
            var existing = node.Owners.FindIndex(o => o.Department == other.Department);
            if (existing < 0)
                node.Owners.Add(other);
            else if (node.Owners[existing].Sections.Count > 1)
                node.Owners[existing] = node.Owners[existing] with { Sections = node.Owners[existing].Sections.Skip(1).ToList() };
            else
                node.Owners.Add(other with { Department = other.Department });
            node.Owners = [.. node.Owners.DistinctBy(o => (o.Department, string.Join('、', o.Sections)))];
            log.Add($"owners of {node.OldKey}");
        }
    }

    // ---- structure ------------------------------------------------------------------------------------------------

    bool Remove(RevisionModel model)
    {
        var candidates = model.TopLevel().Concat(model.AllNodes().Where(n => n.Parent is not null))
            .Where(n => n.Removable && n.Origins.Count == 1).ToList();
        if (candidates.Count == 0)
            return false;
        var node = Pick(candidates);
        model.Detach(node);
        log.Add($"removed {node.OldKey}");
        return true;
    }

    bool Split(RevisionModel model)
    {
        var candidates = model.AllNodes().Where(n => n.Removable && n.Children.Count == 0 && n.Origins.Count == 1
            && n.Body.Count + n.List.Count >= 2 && n.Body.Concat(n.List).Sum(p => p.Length) >= 60 && !n.WasSplit).ToList();
        if (candidates.Count == 0)
            return false;
        var a = Pick(candidates);
        var paragraphs = a.Body.Select(p => (Body: true, Text: p)).Concat(a.List.Select(p => (Body: false, Text: p))).ToList();
        var cut = Math.Max(1, paragraphs.Count / 2);
        var second = paragraphs.Skip(cut).ToList();
        a.Body = [.. paragraphs.Take(cut).Where(p => p.Body).Select(p => p.Text)];
        a.List = [.. paragraphs.Take(cut).Where(p => !p.Body).Select(p => p.Text)];
        var b = new Node
        {
            Origins = [.. a.Origins],
            Title = TitleFrom(second[0].Text),
            Body = [.. second.Select(p => p.Text)],
            Owners = [.. a.Owners],
            OwnersLabel = a.OwnersLabel,
            Section = a.Section,
            WasSplit = true,
        };
        a.WasSplit = true;
        model.InsertAfter(a, b);
        log.Add($"split {a.OldKey}");
        return true;
    }

    /// <summary>A title for the second part of a split: the phrase its first paragraph is about, as a ward would name it.</summary>
    static string TitleFrom(string paragraph)
    {
        foreach (var particle in new[] { "を", "に", "は" })
        {
            var i = paragraph.IndexOf(particle, StringComparison.Ordinal);
            if (i is >= 4 and <= 18)
                return paragraph[..i] + "の推進";
        }
        return paragraph[..Math.Min(10, paragraph.Length)] + "等の推進";
    }

    bool Merge(RevisionModel model)
    {
        var pairs = model.Siblings().SelectMany(list => list.Zip(list.Skip(1)))
            .Where(p => p.First.Removable && p.Second.Removable && p.First.Children.Count == 0 && p.Second.Children.Count == 0
                && p.First.Section == p.Second.Section && !p.First.WasSplit && !p.Second.WasSplit
                && p.First.Origins.Count == 1 && p.Second.Origins.Count == 1)
            .ToList();
        if (pairs.Count == 0)
            return false;
        var (x, y) = Pick(pairs);
        if (random.Next(2) == 0)
            x.Title = $"{x.Title}・{y.Title}";
        x.Body = [.. x.Body, .. y.Body];
        x.List = [.. x.List, .. y.List];
        x.After = [.. x.After, .. y.After];
        x.Footnotes = [.. x.Footnotes, .. y.Footnotes];
        x.Starred |= y.Starred;
        x.Owners = [.. x.Owners.Concat(y.Owners).DistinctBy(o => (o.Department, string.Join('、', o.Sections)))];
        x.Origins.AddRange(y.Origins);
        model.Detach(y);
        log.Add($"merged {y.OldKey} into {x.OldKey}");
        return true;
    }

    bool Move(RevisionModel model)
    {
        var candidates = model.TopLevel().Where(n => !n.Repost).ToList();
        if (candidates.Count == 0 || model.Strategies.Count < 2)
            return false;
        var node = Pick(candidates);
        var from = model.StrategyOf(node);
        var to = Pick(model.Strategies.Where(s => s != from).ToList());
        model.Detach(node);
        var sameSection = to.Items.Where(n => n.Section == node.Section).ToList();
        var at = sameSection.Count == 0
            ? (node.Section == ItemSection.Initiatives ? 0 : to.Items.Count)
            : to.Items.IndexOf(sameSection[random.Next(sameSection.Count)]) + random.Next(2);
        to.Items.Insert(at, node);
        log.Add($"moved {node.OldKey} to S{to.Number}");
        return true;
    }

    bool Renumber(RevisionModel model)
    {
        var lists = model.Siblings().Where(l => l.Count >= 3).ToList();
        if (lists.Count == 0)
            return false;
        var list = Pick(lists);
        var from = random.Next(list.Count);
        var node = list[from];
        var sameSection = list.Where(n => n.Section == node.Section).ToList();
        if (sameSection.Count < 2)
            return false;
        list.RemoveAt(from);
        var target = sameSection.Where(n => n != node).ToList();
        var at = list.IndexOf(Pick(target)) + random.Next(2);
        list.Insert(at, node);
        log.Add($"renumbered {node.OldKey}");
        return true;
    }

    /// <summary>A sub-item moves under another initiative (of the same or another strategic plan).</summary>
    bool Reparent(RevisionModel model)
    {
        var parents = model.AllNodes().Where(n => n.Children.Count > 0 && !n.Repost).ToList();
        var children = parents.SelectMany(p => p.Children).Where(c => c.Children.Count == 0).ToList();
        if (parents.Count < 2 || children.Count == 0)
            return false;
        var child = Pick(children);
        var to = Pick(parents.Where(p => p != child.Parent && p != child).ToList());
        model.Detach(child);
        to.Children.Insert(random.Next(to.Children.Count + 1), child);
        child.Parent = to;
        child.Section = to.Section;
        log.Add($"sub-item {child.OldKey} moved under {to.OldKey}");
        return true;
    }

    /// <summary>
    /// A new item that follows up an existing one, which stays: its title and first sentence repeat the existing
    /// item's, the rest is new (a trap: it is added, not a split part of its model).
    /// </summary>
    bool AddFollowUp(RevisionModel model)
    {
        var models = model.AllNodes().Where(n => !n.Repost && !n.Added && n.Body.Concat(n.List).Any()).ToList();
        if (models.Count == 0)
            return false;
        var source = Pick(models);
        var first = Sentences(source.Body.Concat(source.List).First())[0];
        var node = new Node
        {
            Title = source.Title + "(第2期)",
            Body = [$"{first}第2期では、{Pick(Actors)}と連携し、{Pick(Actions)}"],
            Owners = [.. source.Owners],
            OwnersLabel = source.OwnersLabel,
            Section = source.Section,
            Added = true,
        };
        model.InsertAfter(source, node);
        log.Add($"follow-up of {source.OldKey} added");
        return true;
    }

    static readonly string[] Topics =
    [
        "地域防災力", "子どもの居場所づくり", "高齢者の見守り", "オンライン申請", "脱炭素社会", "商店街のにぎわい", "公園の再整備",
        "多文化共生", "読書活動", "障害者スポーツ", "空き家の利活用", "介護人材の確保", "フレイル予防", "文化芸術活動", "都市農業の魅力発信",
        "自転車活用", "ヤングケアラー支援", "区役所窓口の改革", "災害時の情報伝達", "ごみの減量",
    ];
    static readonly string[] Endings = ["の推進", "の充実", "の強化", "への支援", "に向けた取組"];
    static readonly string[] Actors = ["地域団体", "民間事業者", "大学", "関係機関", "町会・自治会", "NPO"];
    static readonly string[] Actions =
    [
        "新たな仕組みを構築します。", "モデル事業を実施し、効果を検証します。", "相談体制を整えます。", "情報発信を工夫し、参加を広げます。",
        "担い手を育成します。", "拠点を整備します。",
    ];

    bool Add(RevisionModel model)
    {
        var topic = Pick(Topics);
        var node = new Node
        {
            Title = topic + Pick(Endings),
            Body = [$"{topic}に向けて、{Pick(Actors)}と連携し、{Pick(Actions)}令和{6 + random.Next(3)}年度までに{2 + random.Next(30)}か所で実施します。"],
            List = random.Next(2) == 0 ? [] : [$"{Pick(Actors)}と協力し、{Pick(Actions)}", $"{topic}の状況を把握し、{Pick(Actions)}"],
            Section = random.Next(5) == 0 ? ItemSection.Related : ItemSection.Initiatives,
            Added = true,
        };
        var owners = model.AllNodes().SelectMany(n => n.Owners).ToList();
        if (owners.Count > 0)
            node.Owners = [Pick(owners)];
        var strategy = Pick(model.Strategies);
        var sameSection = strategy.Items.Count(n => n.Section == node.Section);
        var firstOfSection = strategy.Items.FindIndex(n => n.Section == node.Section);
        var at = sameSection == 0
            ? (node.Section == ItemSection.Initiatives ? 0 : strategy.Items.Count)
            : firstOfSection + random.Next(sameSection + 1);
        strategy.Items.Insert(at, node);
        log.Add($"added 「{node.Title}」 to S{strategy.Number}");
        return true;
    }
}
