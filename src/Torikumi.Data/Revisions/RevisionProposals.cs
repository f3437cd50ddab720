using Torikumi.Core.Plans;
using Torikumi.Core.Revisions;
using Torikumi.Data.Entities;
using Torikumi.Data.Storage;

namespace Torikumi.Data.Revisions;

/// <summary>
/// Proposes the matches of a newly imported version against the plan's latest public version (改定の照合), inside the
/// import's transaction: the matcher's result becomes a <see cref="RevisionMatchSet"/> in state Proposed.
/// </summary>
public static class RevisionProposals
{
    /// <summary>Lower-case name of a kind, as stored and as the diff's JSON writes it.</summary>
    public static string Name(MatchKind kind) => kind.ToString().ToLowerInvariant();

    public static string Name(OrganisationChangeKind kind) => kind.ToString().ToLowerInvariant();

    internal static async Task<RevisionSummary> ProposeAsync(TorikumiDbContext db, PlanVersion previous, PlanVersion version,
        PlanDocument plan, DateTimeOffset now, CancellationToken ct)
    {
        var municipality = plan.Municipality ?? "";
        var older = await PlanReader.ReadAsync(db, previous, municipality, ct);
        var set = Build(VersionMatcher.Match(older, plan), version.PlanId, previous.Id, version.Id, now);
        db.RevisionMatchSets.Add(set);
        await db.SaveChangesAsync(ct);
        return Summary(previous.Number, set);
    }

    internal static RevisionMatchSet Build(VersionMatch match, int planId, int oldVersionId, int newVersionId, DateTimeOffset now) => new()
    {
        PlanId = planId,
        OldVersionId = oldVersionId,
        NewVersionId = newVersionId,
        State = RevisionState.Proposed,
        ProposedAt = now,
        Matches = [.. match.Matches.Select((m, i) => new RevisionItemMatch
        {
            Position = i,
            Kind = Name(m.Kind),
            OldKeys = [.. m.OldKeys],
            NewKeys = [.. m.NewKeys],
            Confidence = Math.Round(m.Confidence, 4),
            Changes = [.. m.Changes.Aspects],
        })],
        OrganisationChanges = [.. match.OrganisationChanges.Select((c, i) => new RevisionOrganisationChange
        {
            Position = i,
            Kind = Name(c.Kind),
            Old = [.. c.Old],
            New = [.. c.New],
            ItemCount = c.Items,
        })],
    };

    static RevisionSummary Summary(int previousNumber, RevisionMatchSet set) =>
        new(previousNumber,
            Enum.GetValues<MatchKind>().ToDictionary(Name, k => set.Matches.Count(m => m.Kind == Name(k))),
            set.OrganisationChanges.Count);
}
