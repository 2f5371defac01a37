using Catalog.Domain.Auditing;
using Catalog.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalog.Db.EntityConfigurations;

internal sealed class DiscrepancyConfiguration : IEntityTypeConfiguration<Discrepancy>
{
    public void Configure(EntityTypeBuilder<Discrepancy> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Key).HasMaxLength(200);
        builder.Property(d => d.MunicipalityIneCode).HasMaxLength(5).IsFixedLength().IsUnicode(false);
        builder.Property(d => d.Subject).HasMaxLength(100);
        builder.Property(d => d.Summary).HasMaxLength(2000);
        builder.Property(d => d.FactsHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(d => d.Suggestion).HasMaxLength(2000);
        builder.Property(d => d.ActedBy).HasMaxLength(200);
        builder.Property(d => d.Note).HasMaxLength(2000);
        builder.Property(d => d.Facts).HasConversion(JsonColumn.ListConverter<DiscrepancyFact>(), JsonColumn.ListComparer<DiscrepancyFact>());
        builder.Ignore(d => d.IsOpen);
        builder.HasRevision();
        builder.HasIndex(d => d.Key).IsUnique();
        builder.HasIndex(d => new { d.MunicipalityIneCode, d.Status });
        builder.HasIndex(d => d.CityProcedureId);
        builder.HasIndex(d => new { d.Kind, d.Status });
    }
}

internal sealed class SyncRunConfiguration : IEntityTypeConfiguration<SyncRun>
{
    public void Configure(EntityTypeBuilder<SyncRun> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.RequestedBy).HasMaxLength(200);
        builder.Property(r => r.MunicipalityFilter).HasMaxLength(5).IsUnicode(false);
        builder.Property(r => r.Node).HasMaxLength(200);
        builder.Property(r => r.Sources).HasConversion(JsonColumn.ListConverter<SyncSourceReport>(), JsonColumn.ListComparer<SyncSourceReport>());
        builder.Ignore(r => r.Duration);
        builder.ComplexProperty(r => r.Units, c => c.MapCounts("Units"));
        builder.ComplexProperty(r => r.Offices, c => c.MapCounts("Offices"));
        builder.ComplexProperty(r => r.SiaEntries, c => c.MapCounts("SiaEntries"));
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => r.Outcome);
    }
}

internal static class ChangeCountsMapping
{
    public static void MapCounts(this ComplexPropertyBuilder<ChangeCounts> counts, string prefix)
    {
        counts.Property(c => c.Added).HasColumnName(prefix + "Added");
        counts.Property(c => c.Changed).HasColumnName(prefix + "Changed");
        counts.Property(c => c.Gone).HasColumnName(prefix + "Gone");
    }
}

internal sealed class ChangeLogEntryConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> builder)
    {
        builder.ToTable("ChangeLog");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Actor).HasMaxLength(200);
        builder.Property(c => c.Role).HasMaxLength(32);
        builder.Property(c => c.ApiKeyId).HasMaxLength(64);
        builder.Property(c => c.EntityType).HasMaxLength(64);
        builder.Property(c => c.EntityId).HasMaxLength(64);
        builder.Property(c => c.Action).HasMaxLength(64);
        builder.Property(c => c.MunicipalityIneCode).HasMaxLength(5).IsUnicode(false);
        builder.Property(c => c.Changes).HasConversion(JsonColumn.ListConverter<Catalog.Domain.Auditing.FieldChange>(), JsonColumn.ListComparer<FieldChange>());
        builder.HasIndex(c => new { c.EntityType, c.EntityId });
        builder.HasIndex(c => c.At);
        builder.HasIndex(c => c.MunicipalityIneCode);
    }
}
