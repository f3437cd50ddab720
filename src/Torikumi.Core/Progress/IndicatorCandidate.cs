namespace Torikumi.Core.Progress;

/// <summary>Which list of an item's paragraphs a candidate was found in (<see cref="Plans.PlanItem"/>).</summary>
public enum ItemTextPart
{
    Body,
    List,
    AfterList,
}

/// <summary>Where the proposed name came from, so the editor knows how much to trust it.</summary>
public enum CandidateNameSource
{
    /// <summary>The words right before the number: ICT導入率100%.</summary>
    WordsBefore,
    /// <summary>The object and the verb around it: グループホームを … 60室整備します → グループホーム整備.</summary>
    ObjectAndVerb,
    /// <summary>Nothing usable nearby: the item's title.</summary>
    ItemTitle,
}

/// <summary>
/// Where a candidate was read: the paragraph (part and index), the span of the evidence in it (from the name's first
/// character, or the number, to the unit's last; UTF-16 offsets into the paragraph as stored), and the sentence around it.
/// </summary>
public sealed record CandidateSource(ItemTextPart Part, int Paragraph, int Start, int Length, string Excerpt, string Sentence);

/// <summary>
/// An indicator Torikumi proposes from an item's text (指標の候補), for an editor to accept, change or discard.
/// <see cref="FiscalYear"/> is the year the number is to be reached by, when the sentence says so
/// (令和5年度までに, 2か年で); <see cref="YearText"/> is those words.
/// </summary>
public sealed record IndicatorCandidate(
    string ItemKey,
    string Name,
    CandidateNameSource NameSource,
    string Unit,
    decimal Target,
    int? FiscalYear,
    string? YearText,
    CandidateSource Source)
{
    /// <summary>The indicator an accepted candidate becomes: the number as the target of its year (or of <paramref name="fallbackYear"/>).</summary>
    public Indicator ToIndicator(int fallbackYear) => new()
    {
        Name = Name,
        Unit = Unit,
        Targets = [new(FiscalYear ?? fallbackYear, Target)],
    };
}
