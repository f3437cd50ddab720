using System.Globalization;
using DiffPlex;
using DiffPlex.Model;

namespace Torikumi.Core.Revisions;

/// <summary>What a stretch of a character diff is.</summary>
public enum DiffOp
{
    Equal,
    Deleted,
    Inserted,
}

/// <summary>A stretch of text that is in both versions, only in the older (deleted) or only in the newer (inserted).</summary>
public sealed record DiffSpan(DiffOp Op, string Text);

/// <summary>
/// Character-level differences between two texts (文字単位の差分): Japanese has no spaces, so a word diff would mark
/// whole sentences. Characters are text elements (a surrogate pair, or a kana with its combining mark, is never cut).
/// A single unchanged character stranded between two changes (の in 「推進の強化」→「充実の拡大」) is folded into the
/// change, because a reader sees one replaced phrase, not two replacements around a kept particle. Within a change the
/// deleted text comes before the inserted text; spans of the same kind are never adjacent.
/// </summary>
public static class CharacterDiff
{
    /// <summary>Equal runs of at most this many characters between two changes are folded into the change.</summary>
    public const int MaxIsland = 1;

    public static IReadOnlyList<DiffSpan> Compute(string older, string newer)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        if (older == newer)
            return older.Length == 0 ? [] : [new DiffSpan(DiffOp.Equal, older)];
        if (older.Length == 0)
            return [new DiffSpan(DiffOp.Inserted, newer)];
        if (newer.Length == 0)
            return [new DiffSpan(DiffOp.Deleted, older)];

        var result = Differ.Instance.CreateDiffs(older, newer, ignoreWhiteSpace: false, ignoreCase: false, TextElementChunker.Instance);
        return FoldIslands(Raw(result));
    }

    /// <summary>The diff as runs of pieces: equal stretches between DiffPlex's blocks, each block a deletion then an insertion.</summary>
    static List<(DiffOp Op, string Text)> Raw(DiffResult result)
    {
        var a = result.PiecesOld;
        var b = result.PiecesNew;
        var runs = new List<(DiffOp, string)>();
        var ia = 0;
        foreach (var block in result.DiffBlocks)
        {
            if (block.DeleteStartA > ia)
                runs.Add((DiffOp.Equal, Join(a, ia, block.DeleteStartA - ia)));
            if (block.DeleteCountA > 0)
                runs.Add((DiffOp.Deleted, Join(a, block.DeleteStartA, block.DeleteCountA)));
            if (block.InsertCountB > 0)
                runs.Add((DiffOp.Inserted, Join(b, block.InsertStartB, block.InsertCountB)));
            ia = block.DeleteStartA + block.DeleteCountA;
        }
        if (ia < a.Count)
            runs.Add((DiffOp.Equal, Join(a, ia, a.Count - ia)));
        return runs;
    }

    static string Join(IReadOnlyList<string> pieces, int start, int count) =>
        string.Concat(Enumerable.Range(start, count).Select(k => pieces[k]));

    /// <summary>Folds short equal islands between changes into them, then merges neighbouring runs of one kind.</summary>
    static List<DiffSpan> FoldIslands(List<(DiffOp Op, string Text)> runs)
    {
        // Collect changes and equal runs; an island is an equal run with a change on both sides.
        var spans = new List<DiffSpan>();
        var deleted = new System.Text.StringBuilder();
        var inserted = new System.Text.StringBuilder();
        void Flush()
        {
            if (deleted.Length > 0) spans.Add(new DiffSpan(DiffOp.Deleted, deleted.ToString()));
            if (inserted.Length > 0) spans.Add(new DiffSpan(DiffOp.Inserted, inserted.ToString()));
            deleted.Clear();
            inserted.Clear();
        }
        for (var k = 0; k < runs.Count; k++)
        {
            var (op, text) = runs[k];
            switch (op)
            {
                case DiffOp.Deleted: deleted.Append(text); break;
                case DiffOp.Inserted: inserted.Append(text); break;
                default:
                    var island = k > 0 && k + 1 < runs.Count && Elements(text) <= MaxIsland;
                    if (island)
                    {
                        deleted.Append(text);
                        inserted.Append(text);
                    }
                    else
                    {
                        Flush();
                        spans.Add(new DiffSpan(DiffOp.Equal, text));
                    }
                    break;
            }
        }
        Flush();
        return spans;
    }

    static int Elements(string text) => new StringInfo(text).LengthInTextElements;

    /// <summary>Cuts text into text elements, so DiffPlex compares characters as a reader sees them.</summary>
    sealed class TextElementChunker : IChunker
    {
        public static readonly TextElementChunker Instance = new();

        public IReadOnlyList<string> Chunk(string text)
        {
            var pieces = new List<string>(text.Length);
            var e = StringInfo.GetTextElementEnumerator(text);
            while (e.MoveNext())
                pieces.Add(e.GetTextElement());
            return pieces;
        }
    }
}
