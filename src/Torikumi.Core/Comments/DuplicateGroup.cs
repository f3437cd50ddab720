namespace Torikumi.Core.Comments;

/// <summary>
/// Opinions that look like near-duplicates of each other (類似意見), a suggestion for staff to merge. <see cref="Ids"/>
/// are in ascending order (the first is the earliest entered); <see cref="Similarity"/> is the weakest link that joined
/// the group (every member is at least that similar to some other member); <see cref="Identical"/> when all members
/// have the same <see cref="NearDuplicates.Fingerprint"/>.
/// </summary>
public sealed record DuplicateGroup(IReadOnlyList<int> Ids, double Similarity, bool Identical);
