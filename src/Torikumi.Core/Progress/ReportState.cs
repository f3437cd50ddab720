namespace Torikumi.Core.Progress;

/// <summary>
/// Where one progress report (進行管理の報告: one item × fiscal year × department) stands. A report that does not exist
/// yet is "not started" (未着手) and is written as <c>null</c> wherever a state is asked for.
/// </summary>
public enum ReportState
{
    /// <summary>下書き: the department is writing it.</summary>
    Draft,
    /// <summary>提出済み: waiting for the planning division.</summary>
    Submitted,
    /// <summary>差戻し: sent back with a reason; the department fixes it and submits again.</summary>
    Returned,
    /// <summary>承認済み: checked by the planning division, not yet public.</summary>
    Approved,
    /// <summary>公表済み: public.</summary>
    Published,
}

/// <summary>What someone asks to do with a report.</summary>
public enum ReportAction
{
    /// <summary>一時保存: create or change the report's content.</summary>
    SaveDraft,
    /// <summary>提出.</summary>
    Submit,
    /// <summary>差戻し, always with a reason.</summary>
    Return,
    /// <summary>承認.</summary>
    Approve,
    /// <summary>公表.</summary>
    Publish,
}
