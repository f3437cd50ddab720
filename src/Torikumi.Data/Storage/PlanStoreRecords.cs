using Torikumi.Core.Plans;

namespace Torikumi.Data.Storage;

/// <summary>What to import: the plan, the text it was read from, and optional corrections of its municipality and stage.</summary>
public sealed record PlanImport(PlanDocument Plan, string SourceText)
{
    /// <summary>Encoding of the input file (UTF-8, Shift_JIS …), when known.</summary>
    public string? SourceEncoding { get; init; }
    /// <summary><c>text</c> for a published plan text, <c>json</c> for the open-data format.</summary>
    public string SourceFormat { get; init; } = "text";
    /// <summary>The file name, when the plan came from a file.</summary>
    public string? SourceName { get; init; }
    /// <summary>Replaces the plan's municipality (required when the document does not name one).</summary>
    public string? Municipality { get; init; }
    /// <summary>Replaces the plan's stage: 素案, 案 or 決定.</summary>
    public string? Stage { get; init; }
}

public enum ImportStatus
{
    /// <summary>Stored as a new version.</summary>
    Imported,
    /// <summary>Same content as a stored version: nothing written.</summary>
    Unchanged,
}

/// <summary>What an import did.</summary>
public sealed record ImportResult(
    ImportStatus Status,
    int PlanId,
    string Municipality,
    string Title,
    int VersionNumber,
    string? Stage,
    NodeCounts Counts,
    string ContentHash)
{
    /// <summary>For a new version of an existing plan: the proposed matches, which an administrator must confirm before it is public.</summary>
    public RevisionSummary? Revision { get; init; }

    public override string ToString() => Status == ImportStatus.Unchanged
        ? $"unchanged: same as version {VersionNumber} (plan {PlanId}: {Municipality} {Title})"
        : $"imported {Municipality} {Title} as version {VersionNumber}{(Stage is null ? "" : $" ({Stage})")}: {Counts} (plan {PlanId})"
            + (Revision is { } r ? $"\n{r}" : "");
}

/// <summary>What an import proposed for a new version of an existing plan: counts of matches per kind against the previous public version.</summary>
public sealed record RevisionSummary(int PreviousVersion, IReadOnlyDictionary<string, int> Kinds, int OrganisationChanges)
{
    public override string ToString() =>
        $"matched against version {PreviousVersion}: {string.Join(", ", Kinds.Where(k => k.Value > 0).Select(k => $"{k.Value} {k.Key}"))}"
        + (OrganisationChanges > 0 ? $"; {OrganisationChanges} organisation change{(OrganisationChanges == 1 ? "" : "s")}" : "")
        + "\nnot public until an administrator confirms the matches at /staff/revisions";
}

public sealed record MunicipalitySummary(int Id, string Name, int Plans, int Departments);

/// <summary>A stored plan with its latest version.</summary>
public sealed record PlanSummary(
    int Id,
    string Municipality,
    string Title,
    int Versions,
    int LatestVersion,
    string? LatestStage,
    string LatestTitle,
    DateTimeOffset LatestImportedAt,
    NodeCounts LatestCounts);

public sealed record VersionSummary(
    int Number,
    string? Stage,
    string Title,
    DateTimeOffset ImportedAt,
    string SourceFormat,
    string? SourceEncoding,
    string? SourceName,
    string ContentHash,
    NodeCounts Counts)
{
    /// <summary>True while the version's matches await an administrator's confirmation (not public).</summary>
    public bool AwaitingConfirmation { get; init; }
}

/// <summary>A plan that cannot be stored as given; the message says what to change.</summary>
public sealed class PlanImportException(string message) : Exception(message);
