using System.Linq.Expressions;
using System.Text;
using Diplomacy.Core.Agreements;
using Diplomacy.Core.Delegations;
using Diplomacy.Core.Geography;
using Diplomacy.Core.Web.Storage.Tables;
using Microsoft.EntityFrameworkCore;

namespace Diplomacy.Core.Web.Storage.Database;

/// <summary>
/// The register's tables, the same on every provider: one table per kind of fact, keyed by the owner's id and a position
/// that keeps the core's order, with snake_case names and enums as their names so that SQL reads as the domain does.
/// </summary>
/// <remarks>
/// Each provider has its own subclass, so that each has its own migrations (the EF way for one model on two databases):
/// <see cref="SqliteRegisterContext"/> and <see cref="PostgreSqlRegisterContext"/>.
/// </remarks>
internal abstract class RegisterContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<RegionRow> Regions => Set<RegionRow>();

    public DbSet<RegionNameRow> RegionNames => Set<RegionNameRow>();

    public DbSet<RegionFormerCodeRow> RegionFormerCodes => Set<RegionFormerCodeRow>();

    public DbSet<AgreementRow> Agreements => Set<AgreementRow>();

    public DbSet<AgreementPartyRow> AgreementParties => Set<AgreementPartyRow>();

    public DbSet<AgreementEventRow> AgreementEvents => Set<AgreementEventRow>();

    public DbSet<AgreementRetractionRow> AgreementRetractions => Set<AgreementRetractionRow>();

    public DbSet<AgreementSourceRow> AgreementSources => Set<AgreementSourceRow>();

    public DbSet<AgreementSignatoryRow> AgreementSignatories => Set<AgreementSignatoryRow>();

    public DbSet<AgreementFieldRow> AgreementFields => Set<AgreementFieldRow>();

    public DbSet<AgreementContactRow> AgreementContacts => Set<AgreementContactRow>();

    public DbSet<AgreementNoteRow> AgreementNotes => Set<AgreementNoteRow>();

    public DbSet<DelegationRow> Delegations => Set<DelegationRow>();

    public DbSet<DelegationMemberRow> DelegationMembers => Set<DelegationMemberRow>();

    public DbSet<DelegationOrganizationRow> DelegationOrganizations => Set<DelegationOrganizationRow>();

    public DbSet<ItineraryStopRow> ItineraryStops => Set<ItineraryStopRow>();

    public DbSet<EngagementRow> Engagements => Set<EngagementRow>();

    public DbSet<EngagementCounterpartRow> EngagementCounterparts => Set<EngagementCounterpartRow>();

    public DbSet<EngagementPartyRow> EngagementParties => Set<EngagementPartyRow>();

    public DbSet<CommitmentRow> Commitments => Set<CommitmentRow>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<AdministrativeKind>().HaveConversion<string>();
        configurationBuilder.Properties<AgreementKind>().HaveConversion<string>();
        configurationBuilder.Properties<SuspensionReason>().HaveConversion<string>();
        configurationBuilder.Properties<DelegationDirection>().HaveConversion<string>();
        configurationBuilder.Properties<CommitmentStatus>().HaveConversion<string>();
        configurationBuilder.Properties<StoredEventType>().HaveConversion<string>();
        configurationBuilder.Properties<StoredEngagementType>().HaveConversion<string>();
        configurationBuilder.Properties<GiftDirection>().HaveConversion<string>();
        configurationBuilder.Properties<GiftDispositionKind>().HaveConversion<string>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<RegionRow>(region =>
        {
            region.HasKey(row => row.Id);
            region.HasIndex(row => row.Position).IsUnique();
            region.HasIndex(row => row.ParentId);
            region.HasOne<RegionRow>().WithMany().HasForeignKey(row => row.ParentId).OnDelete(DeleteBehavior.Restrict);
        });
        Owned<RegionNameRow, RegionRow>(modelBuilder, row => new { row.RegionId, row.Position }, row => row.RegionId);
        Owned<RegionFormerCodeRow, RegionRow>(modelBuilder, row => new { row.RegionId, row.Position }, row => row.RegionId);
        modelBuilder.Entity<RegionFormerCodeRow>().HasIndex(row => row.Code);

        modelBuilder.Entity<AgreementRow>(agreement =>
        {
            agreement.HasKey(row => row.Id);
            agreement.HasIndex(row => row.Position).IsUnique();
        });
        Owned<AgreementPartyRow, AgreementRow>(modelBuilder, row => new { row.AgreementId, row.Position }, row => row.AgreementId);
        Region<AgreementPartyRow>(modelBuilder, row => row.RegionId);
        modelBuilder.Entity<AgreementPartyRow>().HasIndex(row => new { row.RegionId, row.AgreementId });

        Owned<AgreementEventRow, AgreementRow>(modelBuilder, row => new { row.AgreementId, row.Position }, row => row.AgreementId);
        Region<AgreementEventRow>(modelBuilder, row => row.PlaceId);
        Region<AgreementEventRow>(modelBuilder, row => row.ByRegionId);
        Region<AgreementEventRow>(modelBuilder, row => row.PartyRegionId);

        Owned<AgreementRetractionRow, AgreementRow>(modelBuilder, row => new { row.AgreementId, row.Position }, row => row.AgreementId);
        modelBuilder.Entity<AgreementRetractionRow>()
            .HasOne<AgreementEventRow>().WithMany().HasForeignKey(row => new { row.AgreementId, row.EventPosition }).OnDelete(DeleteBehavior.Cascade);
        Owned<AgreementSourceRow, AgreementRow>(modelBuilder, row => new { row.AgreementId, row.Position }, row => row.AgreementId);
        modelBuilder.Entity<AgreementSourceRow>()
            .HasOne<AgreementEventRow>().WithMany().HasForeignKey(row => new { row.AgreementId, row.EventPosition }).OnDelete(DeleteBehavior.Cascade);
        Owned<AgreementSignatoryRow, AgreementRow>(modelBuilder, row => new { row.AgreementId, row.Position }, row => row.AgreementId);
        Region<AgreementSignatoryRow>(modelBuilder, row => row.PartyRegionId);
        Owned<AgreementFieldRow, AgreementRow>(modelBuilder, row => new { row.AgreementId, row.Position }, row => row.AgreementId);
        modelBuilder.Entity<AgreementFieldRow>().HasIndex(row => row.Field);
        Owned<AgreementContactRow, AgreementRow>(modelBuilder, row => new { row.AgreementId, row.Position }, row => row.AgreementId);
        Region<AgreementContactRow>(modelBuilder, row => row.PartyRegionId);
        Owned<AgreementNoteRow, AgreementRow>(modelBuilder, row => new { row.AgreementId, row.Position }, row => row.AgreementId);

        modelBuilder.Entity<DelegationRow>(delegation =>
        {
            delegation.HasKey(row => row.Id);
            delegation.HasIndex(row => row.Position).IsUnique();
        });
        Region<DelegationRow>(modelBuilder, row => row.HomeRegionId);
        Region<DelegationRow>(modelBuilder, row => row.OriginRegionId);
        Owned<DelegationMemberRow, DelegationRow>(modelBuilder, row => new { row.DelegationId, row.Position }, row => row.DelegationId);
        Owned<DelegationOrganizationRow, DelegationRow>(modelBuilder, row => new { row.DelegationId, row.Position }, row => row.DelegationId);
        Owned<ItineraryStopRow, DelegationRow>(modelBuilder, row => new { row.DelegationId, row.Position }, row => row.DelegationId);
        Region<ItineraryStopRow>(modelBuilder, row => row.PlaceRegionId);

        modelBuilder.Entity<EngagementRow>(engagement =>
        {
            engagement.HasKey(row => new { row.DelegationId, row.StopPosition, row.Position });
            engagement.HasOne<ItineraryStopRow>().WithMany()
                .HasForeignKey(row => new { row.DelegationId, row.StopPosition }).OnDelete(DeleteBehavior.Cascade);
            engagement.HasOne<AgreementRow>().WithMany().HasForeignKey(row => row.AgreementId).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<EngagementCounterpartRow>(counterpart =>
        {
            counterpart.HasKey(row => new { row.DelegationId, row.StopPosition, row.EngagementPosition, row.Position });
            counterpart.HasOne<EngagementRow>().WithMany()
                .HasForeignKey(row => new { row.DelegationId, row.StopPosition, row.EngagementPosition }).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<EngagementPartyRow>(party =>
        {
            party.HasKey(row => new { row.DelegationId, row.StopPosition, row.EngagementPosition, row.Position });
            party.HasOne<EngagementRow>().WithMany()
                .HasForeignKey(row => new { row.DelegationId, row.StopPosition, row.EngagementPosition }).OnDelete(DeleteBehavior.Cascade);
        });
        Region<EngagementPartyRow>(modelBuilder, row => row.RegionId);

        Owned<CommitmentRow, DelegationRow>(modelBuilder, row => new { row.DelegationId, row.Number }, row => row.DelegationId);
        Region<CommitmentRow>(modelBuilder, row => row.OwedByRegionId);
        Region<CommitmentRow>(modelBuilder, row => row.OwedToRegionId);

        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            entity.SetTableName(Plural(SnakeCase(entity.ClrType.Name[..^"Row".Length])));
            foreach (var property in entity.GetProperties())
            {
                property.SetColumnName(SnakeCase(property.Name));
            }
        }
    }

    /// <summary>A table of an owner's list: keyed by the owner and a position, deleted with its owner.</summary>
    private static void Owned<TRow, TOwner>(
        ModelBuilder modelBuilder, Expression<Func<TRow, object?>> key, Expression<Func<TRow, object?>> owner)
        where TRow : class
        where TOwner : class
    {
        modelBuilder.Entity<TRow>().HasKey(key);
        modelBuilder.Entity<TRow>().HasOne<TOwner>().WithMany().HasForeignKey(owner).OnDelete(DeleteBehavior.Cascade);
    }

    /// <summary>A column naming a region of the directory: a region that something refers to cannot be deleted.</summary>
    private static void Region<TRow>(ModelBuilder modelBuilder, Expression<Func<TRow, object?>> column)
        where TRow : class =>
        modelBuilder.Entity<TRow>().HasOne<RegionRow>().WithMany().HasForeignKey(column).OnDelete(DeleteBehavior.Restrict);

    private static string Plural(string name) => name.EndsWith('y') ? name[..^1] + "ies" : name + "s";

    private static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(name[i]));
        }

        return text.ToString();
    }
}
