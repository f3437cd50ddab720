using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Torikumi.Data.Providers;

/// <summary>
/// Paragraph lists as JSON text in SQLite, with Japanese written as is. EF's own primitive-collection JSON escapes
/// every non-ASCII character (保育 → \u4FDD\u80B2), which makes the stored text unreadable and unsearchable with LIKE.
/// </summary>
static class SqliteJson
{
    static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly ValueConverter<List<string>, string> StringList = new(
        list => JsonSerializer.Serialize(list, Options),
        json => JsonSerializer.Deserialize<List<string>>(json, Options) ?? new List<string>());

    public static readonly ValueComparer<List<string>> StringListComparer = new(
        (a, b) => a == b || (a != null && b != null && a.SequenceEqual(b)),
        list => list.Aggregate(0, (hash, s) => HashCode.Combine(hash, s.GetHashCode())),
        list => list.ToList());
}
