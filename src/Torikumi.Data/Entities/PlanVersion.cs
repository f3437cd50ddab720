namespace Torikumi.Data.Entities;

/// <summary>
/// One imported text of a plan (版): its stage (素案 / 案 / 決定), the source as read, the document facts and
/// the tree of nodes. Numbered 1, 2, … per plan; its content never changes once written (only its confirmation).
/// </summary>
public sealed class PlanVersion
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public Plan Plan { get; set; } = null!;
    public int Number { get; set; }
    public string? Stage { get; set; }
    public DateTimeOffset ImportedAt { get; set; }

    /// <summary>
    /// The decoded input (plan text or open-data JSON), kept so a later parser can read it again. A column of this table
    /// mapped as its own entity (table splitting), so the ~100 KB text is read only when asked for with
    /// <c>Include(v =&gt; v.Source)</c>, never by the pages and forms that only need a version's number or title.
    /// </summary>
    public required PlanVersionSource Source { get; set; }
    /// <summary>How the input file was encoded (UTF-8, Shift_JIS …), when known.</summary>
    public string? SourceEncoding { get; set; }
    /// <summary><c>text</c> (a published plan text) or <c>json</c> (the open-data format).</summary>
    public required string SourceFormat { get; set; }
    /// <summary>File name of the input, when imported from a file.</summary>
    public string? SourceName { get; set; }
    /// <summary>SHA-256 (lower-case hex) of the canonical open-data JSON of this version: equal hash, equal plan.</summary>
    public required string ContentHash { get; set; }

    // Document facts, as the document states them.
    public required string Title { get; set; }
    public List<int> FiscalYears { get; set; } = [];
    public string? FiscalYearsText { get; set; }
    public string? Published { get; set; }

    /// <summary>Whether the document has a colophon (奥付) at all, since every field of one may be empty.</summary>
    public bool HasColophon { get; set; }
    public string? ColophonPublisher { get; set; }
    public string? ColophonPostalCode { get; set; }
    public string? ColophonAddress { get; set; }
    public string? ColophonPhone { get; set; }
    public string? ColophonFax { get; set; }
    public string? ColophonUrl { get; set; }
    public string? ColophonText { get; set; }

    /// <summary>
    /// True while this version's matches against the previous public version are proposed but not yet confirmed by an
    /// administrator: such a version is shown only on the staff revision pages, never to the public. False (the
    /// column's default) for the first version of a plan and for every version stored before revisions existed.
    /// </summary>
    public bool AwaitingConfirmation { get; set; }
    /// <summary>When an administrator confirmed the matches and so made this version public; null for a first version.</summary>
    public DateTimeOffset? ConfirmedAt { get; set; }
    public string? ConfirmedByName { get; set; }

    public List<PlanNode> Nodes { get; set; } = [];
}

/// <summary>The source text of a <see cref="PlanVersion"/>: the same row of <c>PlanVersions</c>, loaded only on request.</summary>
public sealed class PlanVersionSource
{
    public int Id { get; set; }
    public required string Text { get; set; }
}
