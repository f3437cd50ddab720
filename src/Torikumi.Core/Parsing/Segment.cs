namespace Torikumi.Core.Parsing;

/// <summary>What a stretch of the input became. Together the segments account for every non-space character.</summary>
public enum SegmentKind
{
    DocumentHeader,
    Heading,
    Title,
    Marker,
    Body,
    ListEntry,
    Footnote,
    Owners,
    Colophon,
    Rule,
    Diagnostic,
}

/// <summary>A classified stretch of the input, with the key of the node it belongs to (null for document-level parts).</summary>
public readonly record struct Segment(int Start, int End, SegmentKind Kind, string? NodeKey);
