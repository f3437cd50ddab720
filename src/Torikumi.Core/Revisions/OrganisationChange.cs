namespace Torikumi.Core.Revisions;

/// <summary>A reorganisation between two versions (組織改正): a section or department renamed, merged or split.</summary>
public enum OrganisationChangeKind
{
    /// <summary>One unit became another: every item the old one owned is owned by the new one, and the old name is gone.</summary>
    Renamed,
    /// <summary>Several units became one.</summary>
    Merged,
    /// <summary>One unit became several, its items shared between them.</summary>
    Split,
}

/// <summary>
/// An organisation change inferred from owner changes that agree across matched items. <see cref="Old"/> and
/// <see cref="New"/> are units written <c>部 課</c>, or a 部 alone when the whole department changed name (its
/// sections unchanged). <see cref="Items"/> is how many matched items carry the evidence.
/// </summary>
public sealed record OrganisationChange(OrganisationChangeKind Kind, IReadOnlyList<string> Old, IReadOnlyList<string> New, int Items)
{
    public bool Equals(OrganisationChange? other) =>
        other is not null && Kind == other.Kind && Items == other.Items && Old.SequenceEqual(other.Old) && New.SequenceEqual(other.New);

    public override int GetHashCode() => HashCode.Combine(Kind, Items, Old.Count, New.Count);
}
