using Torikumi.Core.Revisions;

namespace Torikumi.Core.Tests.Revisions.Support;

/// <summary>
/// A revised plan with what really happened to every item: the correspondences the matcher should find (same shape
/// as its output, confidence 1) and the organisation changes made, plus a log of the edits for reading failures.
/// </summary>
public sealed record RevisedPlan(Plans.PlanDocument Plan, IReadOnlyList<ItemMatch> Truth,
    IReadOnlyList<OrganisationChange> OrganisationChanges, IReadOnlyList<string> Log);
