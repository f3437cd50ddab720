namespace Torikumi.Core.Revisions;

/// <summary>
/// Infers reorganisations (組織改正) from owner changes that agree across many matched items. An old unit (a 部, or a
/// <c>部 課</c>) is a candidate only when it owns nothing at all in the newer version; then, among the matched items it
/// owned, the units that appeared instead are counted. One unit taking over (nearly) all of them is a rename — or a
/// merge when several old units go to it or it already existed; several units sharing them is a split. Departments
/// are looked at first, and a renamed department's sections are renamed with it before sections are looked at, so
/// that 総務部 becoming 総務局 is one change, not one per section.
/// </summary>
internal static class OrganisationChanges
{
    public static IReadOnlyList<OrganisationChange> Detect(ItemProfile[] olds, ItemProfile[] news, List<ItemGroup> groups, MatchOptions options)
    {
        var pairs = groups.Select(g => (
            Old: g.Olds.SelectMany(i => olds[i].Units).Distinct(StringComparer.Ordinal).ToList(),
            New: g.News.SelectMany(j => news[j].Units).Distinct(StringComparer.Ordinal).ToList())).ToList();
        var allOld = olds.SelectMany(o => o.Units).ToHashSet(StringComparer.Ordinal);
        var allNew = news.SelectMany(n => n.Units).ToHashSet(StringComparer.Ordinal);

        // Departments first.
        var departmentPairs = pairs.Select(p => (Old: Departments(p.Old), New: Departments(p.New))).ToList();
        var departmentChanges = DetectLevel(departmentPairs,
            allOld.Select(OwnerUnits.Department).ToHashSet(StringComparer.Ordinal),
            allNew.Select(OwnerUnits.Department).ToHashSet(StringComparer.Ordinal), options);

        var rename = departmentChanges.Where(c => c.Kind != OrganisationChangeKind.Split)
            .SelectMany(c => c.Old.Select(o => (Old: o, New: c.New[0])))
            .Where(r => r.Old != r.New)
            .ToDictionary(r => r.Old, r => r.New, StringComparer.Ordinal);
        string Renamed(string unit) => rename.TryGetValue(OwnerUnits.Department(unit), out var to)
            ? OwnerUnits.Section(unit) is { } s ? $"{to} {s}" : to
            : unit;

        var unitPairs = pairs.Select(p => (Old: p.Old.Select(Renamed).Distinct(StringComparer.Ordinal).ToList(), p.New)).ToList();
        var unitChanges = DetectLevel(unitPairs, allOld.Select(Renamed).ToHashSet(StringComparer.Ordinal), allNew, options);
        return [.. departmentChanges, .. unitChanges];
    }

    static List<string> Departments(List<string> units) => [.. units.Select(OwnerUnits.Department).Distinct(StringComparer.Ordinal)];

    static List<OrganisationChange> DetectLevel(List<(List<string> Old, List<string> New)> pairs, HashSet<string> allOld,
        HashSet<string> allNew, MatchOptions options)
    {
        var renames = new List<(string Old, string New, int Items)>();
        var changes = new List<OrganisationChange>();
        foreach (var gone in allOld.Where(u => !allNew.Contains(u)).Order(StringComparer.Ordinal))
        {
            var evidence = pairs.Where(p => p.Old.Contains(gone)).ToList();
            if (evidence.Count < options.MinOrganisationItems)
                continue;
            var targets = evidence.SelectMany(p => p.New.Except(p.Old, StringComparer.Ordinal))
                .GroupBy(u => u, StringComparer.Ordinal)
                .Select(g => (Unit: g.Key, Count: g.Count()))
                .OrderByDescending(t => t.Count).ThenBy(t => t.Unit, StringComparer.Ordinal).ToList();
            if (targets.Count == 0)
                continue;
            if (targets[0].Count >= options.MinOrganisationAgreement * evidence.Count)
            {
                renames.Add((gone, targets[0].Unit, targets[0].Count));
                continue;
            }
            var parts = targets.Where(t => t.Count >= options.MinOrganisationItems && !allOld.Contains(t.Unit)).Select(t => t.Unit).ToList();
            var covered = evidence.Count(p => p.New.Any(parts.Contains));
            if (parts.Count >= 2 && covered >= options.MinOrganisationAgreement * evidence.Count)
                changes.Add(new OrganisationChange(OrganisationChangeKind.Split, [gone], [.. parts.Order(StringComparer.Ordinal)], covered));
        }
        foreach (var target in renames.GroupBy(r => r.New, StringComparer.Ordinal))
        {
            var sources = target.Select(r => r.Old).ToList();
            var items = target.Sum(r => r.Items);
            if (sources.Count == 1 && !allOld.Contains(target.Key))
                changes.Add(new OrganisationChange(OrganisationChangeKind.Renamed, sources, [target.Key], items));
            else
            {
                if (allOld.Contains(target.Key))
                    sources.Add(target.Key);
                changes.Add(new OrganisationChange(OrganisationChangeKind.Merged, [.. sources.Order(StringComparer.Ordinal)], [target.Key], items));
            }
        }
        changes.Sort((a, b) => string.CompareOrdinal(a.Old[0], b.Old[0]));
        return changes;
    }
}
