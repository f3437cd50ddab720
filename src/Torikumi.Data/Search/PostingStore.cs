using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Torikumi.Data.Entities;

namespace Torikumi.Data.Search;

/// <summary>
/// A gram's posting list: its ids decoded, and when asked for, its positions still encoded, one blob per chunk with
/// that chunk's number of ids. Positions are decoded only for the documents <see cref="WordVerifier"/> asks about.
/// </summary>
sealed record PostingData(List<int> Ids, List<(byte[] Bytes, int Count)>? Positions);

/// <summary>Reads and appends the chunked posting lists of <see cref="SearchPosting"/>.</summary>
static class PostingStore
{
    /// <summary>
    /// Ids per chunk. An import rewrites the last chunk of every gram it adds to, so a short chunk keeps imports cheap;
    /// a query reads every chunk of its grams, so a long one keeps queries to few rows. 2,048 ids (2–3 KB of ids,
    /// about twice that of positions) gives about 70 rows for 区 over 300,000 items.
    /// </summary>
    public const int ChunkSize = 2048;

    /// <summary>
    /// The full list of each gram that has one (grams absent from the index are absent from the result), with the
    /// positions of the grams in <paramref name="withPositions"/> only: the others' are not even read.
    /// </summary>
    public static async Task<Dictionary<string, PostingData>> ReadAsync(
        TorikumiDbContext db, IReadOnlyCollection<string> grams, IReadOnlyCollection<string> withPositions, CancellationToken ct)
    {
        var wanted = grams.ToArray();
        var positional = withPositions.ToArray();
        var rows = await db.SearchPostings.AsNoTracking()
            .Where(p => EF.Parameter(wanted).Contains(p.Gram))
            .OrderBy(p => p.Gram).ThenBy(p => p.Chunk)
            .Select(p => new { p.Gram, p.Count, p.Ids, Positions = EF.Parameter(positional).Contains(p.Gram) ? p.Positions : null })
            .ToListAsync(ct);
        var lists = new Dictionary<string, PostingData>(StringComparer.Ordinal);
        foreach (var gram in rows.GroupBy(r => r.Gram, StringComparer.Ordinal))
        {
            var data = new PostingData(new List<int>(gram.Sum(r => r.Count)), gram.First().Positions is null ? null : []);
            foreach (var row in gram)
            {
                PostingList.Decode(row.Ids, data.Ids);
                data.Positions?.Add((row.Positions!, row.Count));
            }
            lists[gram.Key] = data;
        }
        return lists;
    }

    /// <summary>
    /// Appends new ids (ascending, above every stored id) with their positions to each gram's list: fills its last
    /// chunk, then adds chunks. Runs in the caller's transaction, which must hold the index lock (<see cref="SearchIndexer"/>).
    /// </summary>
    public static async Task AppendAsync(TorikumiDbContext db, IReadOnlyDictionary<string, GramAdditions> additions, CancellationToken ct)
    {
        if (additions.Count == 0)
            return;
        var grams = additions.Keys.ToArray();
        var tails = await db.SearchPostings.AsNoTracking()
            .Where(p => EF.Parameter(grams).Contains(p.Gram)
                && p.Chunk == db.SearchPostings.Where(q => q.Gram == p.Gram).Max(q => q.Chunk))
            .ToDictionaryAsync(p => p.Gram, StringComparer.Ordinal, ct);

        var rows = new List<SearchPosting>(additions.Count);
        foreach (var (gram, added) in additions)
        {
            var ids = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(added.Ids);
            var from = 0;
            var tail = tails.GetValueOrDefault(gram);
            if (tail is not null && tail.Count < ChunkSize)
            {
                var take = Math.Min(ChunkSize - tail.Count, ids.Length);
                var bytes = new List<byte>(tail.Ids.Length + take * 2);
                bytes.AddRange(tail.Ids);
                PostingList.Append(bytes, tail.LastId, ids[..take]);
                rows.Add(new SearchPosting
                {
                    Gram = gram, Chunk = tail.Chunk, Count = tail.Count + take, LastId = ids[take - 1], Ids = [.. bytes],
                    Positions = [.. tail.Positions, .. added.PositionBytes(0, take)],
                });
                from = take;
            }
            for (var chunk = tail is null ? 0 : tail.Chunk + 1; from < ids.Length; chunk++)
            {
                var part = ids.Slice(from, Math.Min(ChunkSize, ids.Length - from));
                rows.Add(new SearchPosting
                {
                    Gram = gram, Chunk = chunk, Count = part.Length, LastId = part[^1], Ids = PostingList.Encode(part),
                    Positions = added.PositionBytes(from, part.Length),
                });
                from += part.Length;
            }
        }
        await UpsertAsync(db, rows, ct);
    }

    // The same statement on both providers (SQLite 3.24+ and PostgreSQL 9.5+ both have ON CONFLICT … DO UPDATE).
    const string Upsert =
        """
        INSERT INTO "SearchPostings" ("Gram", "Chunk", "Count", "LastId", "Ids", "Positions") VALUES (@g, @c, @n, @l, @b, @p)
        ON CONFLICT ("Gram", "Chunk") DO UPDATE
        SET "Count" = excluded."Count", "LastId" = excluded."LastId", "Ids" = excluded."Ids", "Positions" = excluded."Positions"
        """;

    /// <summary>
    /// Raw ADO.NET rather than tracked entities: an import writes thousands of rows and change tracking would cost more
    /// than the writes. PostgreSQL gets them in batches (one round trip each); SQLite, in process, one prepared command.
    /// </summary>
    static async Task UpsertAsync(TorikumiDbContext db, List<SearchPosting> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
            return;
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Search postings are written inside the import's transaction.");
        if (connection.CanCreateBatch)
        {
            foreach (var slice in rows.Chunk(500))
            {
                await using var batch = connection.CreateBatch();
                batch.Transaction = transaction;
                foreach (var row in slice)
                {
                    var command = batch.CreateBatchCommand();
                    command.CommandText = Upsert;
                    foreach (var (name, value) in Values(row))
                    {
                        var p = command.CreateParameter();
                        p.ParameterName = name;
                        p.Value = value;
                        command.Parameters.Add(p);
                    }
                    batch.BatchCommands.Add(command);
                }
                await batch.ExecuteNonQueryAsync(ct);
            }
            return;
        }
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = Upsert;
        var parameters = Values(rows[0]).Select(v =>
        {
            var p = insert.CreateParameter();
            p.ParameterName = v.Name;
            insert.Parameters.Add(p);
            return p;
        }).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            var values = Values(row);
            for (var i = 0; i < values.Length; i++)
                parameters[i].Value = values[i].Value;
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    static (string Name, object Value)[] Values(SearchPosting row) =>
        [("@g", row.Gram), ("@c", row.Chunk), ("@n", row.Count), ("@l", row.LastId), ("@b", row.Ids), ("@p", row.Positions)];
}
