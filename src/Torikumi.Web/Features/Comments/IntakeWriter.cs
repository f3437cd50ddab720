using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Torikumi.Core.Comments;
using Torikumi.Data;
using Torikumi.Data.Entities;

namespace Torikumi.Web.Features.Comments;

/// <summary>
/// Stores accepted opinions for the whole node, several at a time (group commit). Each send waits in line; the
/// writer takes everything waiting, numbers it (receipt numbers per year, opinion numbers per plan, from
/// <c>CommentCounters</c>) and stores it in one transaction, so 50 residents sending at once share one commit (and,
/// on SQLite, one sync of the file) instead of queueing for 50. A batch the database refuses is written again one
/// submission at a time, so a duplicate saved by a parallel request (the unique <c>DuplicateKey</c>) fails alone.
/// Every submission is stored exactly once or not at all, and its sender is told which.
/// </summary>
public sealed partial class IntakeWriter(IServiceScopeFactory scopes, ILogger<IntakeWriter> logger) : IAsyncDisposable
{
    /// <summary>What a send hands over: the rows without their numbers, and the audit entry to add once numbered (staff entries).</summary>
    public sealed record Pending(CommentSubmission Submission, Opinion Opinion, Func<Opinion, AuditEntry>? Audit)
    {
        internal TaskCompletionSource<Written> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>The outcome: the numbers given, or null numbers when the database refused it as a duplicate.</summary>
    public sealed record Written(string? ReceiptNumber, int Number, bool Duplicate);

    const int MaxBatch = 100;

    readonly Channel<Pending> waiting = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    readonly Lock start = new();
    Task? loop;

    /// <summary>Stores one submission with its opinion; completes when it is committed (or refused). Not cancelled
    /// halfway: once handed over, a submission is either stored or refused, whatever the sender does meanwhile.</summary>
    public Task<Written> WriteAsync(Pending pending)
    {
        lock (start)
            loop ??= Task.Run(RunAsync);
        if (!waiting.Writer.TryWrite(pending))
            throw new InvalidOperationException("The public comment intake is shutting down; send again in a moment.");
        return pending.Done.Task;
    }

    async Task RunAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await waiting.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && waiting.Reader.TryRead(out var next))
                batch.Add(next);
            if (batch.Count == 1)
            {
                await WriteAloneAsync(batch[0]);
                continue;
            }
            try
            {
                await WriteBatchAsync(batch);
            }
            catch (DbUpdateException)
            {
                // One of them was refused: each on its own, so only that one is told.
                foreach (var one in batch)
                    await WriteAloneAsync(one);
            }
            catch (Exception e)
            {
                LogBatchFailed(logger, e, batch.Count);
                foreach (var one in batch)
                    one.Done.TrySetException(e);
            }
        }
    }

    async Task WriteAloneAsync(Pending one)
    {
        try
        {
            await WriteBatchAsync([one]);
        }
        catch (DbUpdateException e) when (one.Submission.DuplicateKey is not null
            && UniqueViolation.On(e, "CommentSubmissions", nameof(CommentSubmission.DuplicateKey)))
        {
            one.Done.TrySetResult(new Written(null, 0, Duplicate: true));
        }
        catch (Exception e)
        {
            LogBatchFailed(logger, e, 1);
            one.Done.TrySetException(e);
        }
    }

    async Task WriteBatchAsync(IReadOnlyList<Pending> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TorikumiDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync();
        // One counter statement per year and plan in the batch (nearly always one), inside the transaction: a batch
        // that fails leaves no gap in the numbers.
        foreach (var group in batch.GroupBy(p => (p.Submission.ReceiptYear, p.Opinion.PlanId)))
        {
            var items = group.ToList();
            var (lastSequence, lastNumber) = await IntakeNumbers.TakeAsync(db, group.Key.ReceiptYear, group.Key.PlanId, items.Count);
            for (var i = 0; i < items.Count; i++)
            {
                var s = items[i].Submission;
                s.Sequence = lastSequence - items.Count + 1 + i;
                s.ReceiptNumber = CommentRules.ReceiptNumber(s.ReceiptYear, s.Sequence);
                items[i].Opinion.Number = lastNumber - items.Count + 1 + i;
            }
        }
        foreach (var p in batch)
        {
            db.CommentSubmissions.Add(p.Submission);
            db.Opinions.Add(p.Opinion);
            if (p.Audit is { } audit)
                db.AuditEntries.Add(audit(p.Opinion));
        }
        try
        {
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        catch
        {
            // The rows go back to the senders' hands unsaved (new ids and numbers on the next try).
            foreach (var p in batch)
            {
                p.Submission.Id = 0;
                p.Opinion.Id = 0;
                p.Opinion.SubmissionId = 0;
                if (p.Submission.PersonalData is { } personal)
                    personal.SubmissionId = 0;
            }
            throw;
        }
        foreach (var p in batch)
            p.Done.TrySetResult(new Written(p.Submission.ReceiptNumber, p.Opinion.Number, Duplicate: false));
    }

    public async ValueTask DisposeAsync()
    {
        waiting.Writer.TryComplete();
        if (loop is { } running)
            await running;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing {Count} public comment submission(s) failed; their senders were told")]
    static partial void LogBatchFailed(ILogger logger, Exception e, int count);
}
