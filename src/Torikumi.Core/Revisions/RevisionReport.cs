using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Torikumi.Core.Plans;

namespace Torikumi.Core.Revisions;

/// <summary>
/// The matched versions as a report (改訂の対照表): plain text for people (counts per kind, organisation changes, then
/// each change) and JSON for programs (<c>{"changes": […], "summary": {…}, "organisationChanges": […]}</c>, one entry
/// per correspondence including unchanged items as <c>same</c>). The plans are optional and only add titles.
/// Both forms are deterministic: the entries keep <see cref="VersionMatch.Matches"/>' order (by old key, then new key).
/// </summary>
public static class RevisionReport
{
    static readonly MatchKind[] Kinds = Enum.GetValues<MatchKind>();

    /// <summary>Lower-case name of a kind as written in the reports: same, changed, moved …</summary>
    public static string Name(MatchKind kind) => kind.ToString().ToLowerInvariant();

    public static string Name(OrganisationChangeKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>Count of entries per kind, every kind present (0 when none), in the order of <see cref="MatchKind"/>.</summary>
    public static IReadOnlyDictionary<MatchKind, int> Summary(VersionMatch match) =>
        Kinds.ToDictionary(k => k, k => match.Matches.Count(m => m.Kind == k));

    public static string ToText(VersionMatch match, PlanDocument? older = null, PlanDocument? newer = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        var sb = new StringBuilder();
        if (older is not null && newer is not null)
            sb.Append(CultureInfo.InvariantCulture, $"{Describe(older)} → {Describe(newer)}\n");
        var oldCount = match.Matches.Sum(m => m.OldKeys.Count);
        var newCount = match.Matches.Sum(m => m.NewKeys.Count);
        sb.Append(CultureInfo.InvariantCulture, $"{oldCount} items before, {newCount} after\n");
        foreach (var (kind, count) in Summary(match))
            sb.Append(CultureInfo.InvariantCulture, $"  {Name(kind),-11}{count,5}\n");

        if (match.OrganisationChanges.Count > 0)
        {
            sb.Append("\nOrganisation changes:\n");
            foreach (var c in match.OrganisationChanges)
                sb.Append(CultureInfo.InvariantCulture,
                    $"  {Name(c.Kind),-11}{string.Join("、", c.Old)} → {string.Join("、", c.New)} ({c.Items} items)\n");
        }

        var structure = match.StructureMatches.Where(m => m.Kind != MatchKind.Same).ToList();
        if (structure.Count > 0)
        {
            sb.Append("\nPillars and strategic plans:\n");
            foreach (var m in structure)
                AppendLine(sb, m, null, null, older is null ? null : new PlanIndex(older), newer is null ? null : new PlanIndex(newer));
        }

        var changes = match.Matches.Where(m => m.Kind != MatchKind.Same).ToList();
        sb.Append(changes.Count == 0 ? "\nNo item changed.\n" : "\nChanges:\n");
        var oldIndex = older is null ? null : new PlanIndex(older);
        var newIndex = newer is null ? null : new PlanIndex(newer);
        foreach (var m in changes)
            AppendLine(sb, m, oldIndex, newIndex, null, null);
        return sb.ToString();
    }

    static string Describe(PlanDocument plan) =>
        string.Join(' ', new[] { plan.Municipality, plan.Title, plan.Stage is null ? null : $"({plan.Stage})" }.Where(s => s is not null));

    static void AppendLine(StringBuilder sb, ItemMatch m, PlanIndex? oldIndex, PlanIndex? newIndex, PlanIndex? oldStructure, PlanIndex? newStructure)
    {
        var from = m.OldKeys.Count == 0 ? "—" : string.Join(", ", m.OldKeys);
        var to = m.NewKeys.Count == 0 ? "—" : string.Join(", ", m.NewKeys);
        sb.Append(CultureInfo.InvariantCulture, $"  {Name(m.Kind),-11}{from} → {to}");
        if (m.Kind is not (MatchKind.Added or MatchKind.Removed))
            sb.Append(CultureInfo.InvariantCulture, $"  ({m.Confidence:0.00})");
        var aspects = Aspects(m.Changes);
        if (aspects.Length > 0)
            sb.Append("  ").Append(aspects);
        var title = TitleOf(m.NewKeys.FirstOrDefault(), newIndex, newStructure) ?? TitleOf(m.OldKeys.FirstOrDefault(), oldIndex, oldStructure);
        if (title is not null)
            sb.Append("  「").Append(title).Append('」');
        sb.Append('\n');
    }

    static string Aspects(ItemChanges c)
    {
        var parts = new List<string>();
        foreach (var a in c.Aspects)
            parts.Add(a != "owners" ? a
                : "owners " + string.Join(' ', c.OwnersAdded.Select(o => "+" + o).Concat(c.OwnersRemoved.Select(o => "−" + o))));
        return string.Join(", ", parts);
    }

    static string? TitleOf(string? key, PlanIndex? items, PlanIndex? structure)
    {
        if (key is null)
            return null;
        if (items?.Item(key) is { } item)
            return item.Title;
        var index = structure ?? items;
        return index?.Strategy(key)?.Title ?? index?.Pillar(key)?.Title;
    }

    static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>
    /// The JSON report. <c>old</c> and <c>new</c> are the key (a string), null when there is no counterpart, or an array
    /// of keys for the several sides of a split or merge; <c>oldKeys</c> and <c>newKeys</c> are always arrays.
    /// </summary>
    public static string ToJson(VersionMatch match, PlanDocument? older = null, PlanDocument? newer = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        var oldIndex = older is null ? null : new PlanIndex(older);
        var newIndex = newer is null ? null : new PlanIndex(newer);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, WriterOptions))
        {
            w.WriteStartObject();
            w.WriteStartArray("changes");
            foreach (var m in match.Matches)
                WriteEntry(w, m, oldIndex, newIndex);
            w.WriteEndArray();

            w.WriteStartObject("summary");
            w.WriteNumber("old", match.Matches.Sum(m => m.OldKeys.Count));
            w.WriteNumber("new", match.Matches.Sum(m => m.NewKeys.Count));
            foreach (var (kind, count) in Summary(match))
                w.WriteNumber(Name(kind), count);
            w.WriteEndObject();

            w.WriteStartArray("organisationChanges");
            foreach (var c in match.OrganisationChanges)
            {
                w.WriteStartObject();
                w.WriteString("kind", Name(c.Kind));
                WriteStrings(w, "old", c.Old);
                WriteStrings(w, "new", c.New);
                w.WriteNumber("items", c.Items);
                w.WriteEndObject();
            }
            w.WriteEndArray();

            w.WriteStartArray("structure");
            foreach (var m in match.StructureMatches)
                WriteEntry(w, m, null, null);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    static void WriteEntry(Utf8JsonWriter w, ItemMatch m, PlanIndex? oldIndex, PlanIndex? newIndex)
    {
        w.WriteStartObject();
        w.WriteString("kind", Name(m.Kind));
        WriteKeys(w, "old", m.OldKeys);
        WriteKeys(w, "new", m.NewKeys);
        WriteStrings(w, "oldKeys", m.OldKeys);
        WriteStrings(w, "newKeys", m.NewKeys);
        w.WriteNumber("confidence", Math.Round(m.Confidence, 3));
        WriteStrings(w, "aspects", m.Changes.Aspects);
        if (m.Changes.Owners)
        {
            WriteStrings(w, "ownersAdded", m.Changes.OwnersAdded);
            WriteStrings(w, "ownersRemoved", m.Changes.OwnersRemoved);
        }
        if (oldIndex is not null && m.OldKeys.Count > 0)
            w.WriteString("oldTitle", oldIndex.Item(m.OldKeys[0])?.Title);
        if (newIndex is not null && m.NewKeys.Count > 0)
            w.WriteString("newTitle", newIndex.Item(m.NewKeys[0])?.Title);
        w.WriteEndObject();
    }

    static void WriteKeys(Utf8JsonWriter w, string name, IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
            w.WriteNull(name);
        else if (keys.Count == 1)
            w.WriteString(name, keys[0]);
        else
            WriteStrings(w, name, keys);
    }

    static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
            w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
