using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Torikumi.Data.Entities;

namespace Torikumi.Data;

/// <summary>
/// The one database model of Torikumi. Each provider has a thin derived context
/// (<see cref="Providers.SqliteTorikumiDbContext"/>, <see cref="Providers.PostgresTorikumiDbContext"/>) only so that
/// each keeps its own set of migrations; code depends on this type. It is also the Identity store of staff accounts and
/// the data-protection key ring, so several web nodes share both through the database.
/// </summary>
public abstract class TorikumiDbContext(DbContextOptions options)
    : IdentityDbContext<StaffUser, IdentityRole, string>(options), IDataProtectionKeyContext
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Plan> Plans => Set<Plan>();
    public DbSet<PlanVersion> PlanVersions => Set<PlanVersion>();
    public DbSet<PlanNode> Nodes => Set<PlanNode>();
    public DbSet<NodeOwner> NodeOwners => Set<NodeOwner>();
    public DbSet<NodeFootnote> NodeFootnotes => Set<NodeFootnote>();
    public DbSet<NodeSectionHeading> NodeSectionHeadings => Set<NodeSectionHeading>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Section> Sections => Set<Section>();
    public DbSet<SearchDocument> SearchDocuments => Set<SearchDocument>();
    public DbSet<SearchVersion> SearchVersions => Set<SearchVersion>();
    public DbSet<SearchPosting> SearchPostings => Set<SearchPosting>();
    public DbSet<SearchFacetValue> SearchFacetValues => Set<SearchFacetValue>();
    public DbSet<SearchIndexState> SearchIndexState => Set<SearchIndexState>();
    public DbSet<EditorScope> EditorScopes => Set<EditorScope>();
    public DbSet<PersonalAccessToken> PersonalAccessTokens => Set<PersonalAccessToken>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ProgressReport> ProgressReports => Set<ProgressReport>();
    public DbSet<ReportIndicator> ReportIndicators => Set<ReportIndicator>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PlanStatusScale> PlanStatusScales => Set<PlanStatusScale>();
    public DbSet<ProgressDeadline> ProgressDeadlines => Set<ProgressDeadline>();
    public DbSet<DiscardedCandidate> DiscardedCandidates => Set<DiscardedCandidate>();
    public DbSet<RevisionMatchSet> RevisionMatchSets => Set<RevisionMatchSet>();
    public DbSet<RevisionItemMatch> RevisionItemMatches => Set<RevisionItemMatch>();
    public DbSet<RevisionOrganisationChange> RevisionOrganisationChanges => Set<RevisionOrganisationChange>();
    public DbSet<CommentPeriod> CommentPeriods => Set<CommentPeriod>();
    public DbSet<CommentSubmission> CommentSubmissions => Set<CommentSubmission>();
    public DbSet<CommentPersonalData> CommentPersonalData => Set<CommentPersonalData>();
    public DbSet<Opinion> Opinions => Set<Opinion>();
    public DbSet<CommentCounter> CommentCounters => Set<CommentCounter>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Identity's mapping first; our configurations then rename its tables and add to them.
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TorikumiDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditChanges();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditChanges();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit trail is append-only: a changed or deleted entry is a bug, never a write.</summary>
    void RefuseAuditChanges()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("Audit entries are append-only; they are never changed or deleted.");
    }
}
