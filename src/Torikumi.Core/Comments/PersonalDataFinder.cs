namespace Torikumi.Core.Comments;

/// <summary>
/// Flags personal data (個人情報) inside an opinion's text so that staff remove it before anything is published:
/// phone numbers, e-mail addresses, postal codes, street addresses and names followed by an honorific (様, さん, 氏, 殿).
/// Heuristic by nature: it prefers flagging a little too much (staff dismiss a flag with one look) over missing a
/// real number or name, but keeps documented stop lists so that everyday words (皆さん, 区民の皆様, お客様, 利用者さん)
/// and plan vocabulary (2022年, item keys like 4-1-3, 1,234円, 60室) are not flagged. Full-width and half-width
/// digits, letters and dashes are treated alike. The rules and stop lists are described in docs/comments-rules.md.
/// </summary>
public static partial class PersonalDataFinder
{
    /// <summary>What <see cref="Mask"/> puts in place of each hit.</summary>
    public const string MaskText = "＊＊＊";

    /// <summary>All hits in <paramref name="text"/>, in text order, never overlapping.</summary>
    public static IReadOnlyList<PersonalDataHit> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var candidates = new List<PersonalDataHit>();
        candidates.AddRange(Emails(text));
        candidates.AddRange(Phones(text));
        candidates.AddRange(PostalCodes(text));
        candidates.AddRange(Addresses(text));
        candidates.AddRange(Names(text));
        return Resolve(candidates);
    }

    /// <summary>
    /// <paramref name="text"/> with each hit replaced by ＊＊＊, for a staff preview of what would be published.
    /// Overlapping hits are masked as one stretch; hits outside the text are refused.
    /// </summary>
    public static string Mask(string text, IReadOnlyList<PersonalDataHit> hits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(hits);
        var spans = new List<(int Start, int End)>();
        foreach (var hit in hits.OrderBy(h => h.Start))
        {
            if (hit.Start < 0 || hit.Length < 1 || hit.End > text.Length)
                throw new ArgumentOutOfRangeException(nameof(hits), $"A hit at {hit.Start} (length {hit.Length}) lies outside a text of {text.Length} characters.");
            if (spans.Count > 0 && hit.Start < spans[^1].End)
                spans[^1] = (spans[^1].Start, Math.Max(spans[^1].End, hit.End));
            else
                spans.Add((hit.Start, hit.End));
        }
        var sb = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, end) in spans)
        {
            sb.Append(text, at, start - at).Append(MaskText);
            at = end;
        }
        return sb.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Overlapping candidates: the earlier one wins, then the stronger kind (e-mail before phone …), then the longer.</summary>
    static List<PersonalDataHit> Resolve(List<PersonalDataHit> candidates)
    {
        var kept = new List<PersonalDataHit>();
        foreach (var hit in candidates.OrderBy(h => h.Start).ThenBy(h => Priority(h.Kind)).ThenByDescending(h => h.Length))
        {
            if (kept.Count > 0 && hit.Start < kept[^1].End)
            {
                // A later, stronger hit (an e-mail whose local part looked like a phone number) replaces a weaker one.
                if (Priority(hit.Kind) < Priority(kept[^1].Kind) && hit.End >= kept[^1].End)
                    kept[^1] = hit;
                continue;
            }
            kept.Add(hit);
        }
        return kept;
    }

    static int Priority(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.Email => 0,
        PersonalDataKind.Phone => 1,
        PersonalDataKind.PostalCode => 2,
        PersonalDataKind.Address => 3,
        _ => 4,
    };

    static PersonalDataHit Hit(string text, PersonalDataKind kind, int start, int end) => new(kind, start, end - start, text[start..end]);
}
