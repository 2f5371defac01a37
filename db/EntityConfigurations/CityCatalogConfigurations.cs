using Catalog.Domain.CityCatalog;
using Catalog.Domain.Municipalities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalog.Db.EntityConfigurations;

internal sealed class CityProcedureConfiguration : IEntityTypeConfiguration<CityProcedure>
{
    public void Configure(EntityTypeBuilder<CityProcedure> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.MunicipalityIneCode).HasMaxLength(5).IsFixedLength().IsUnicode(false);
        builder.Property(p => p.LocalId).HasMaxLength(64);
        builder.Property(p => p.LocalName).HasMaxLength(500);
        builder.Property(p => p.SearchName).HasMaxLength(500);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.SiaCode).HasMaxLength(10).IsUnicode(false);
        builder.Property(p => p.ResponsibleUnitCode).HasMaxLength(9).IsUnicode(false);
        builder.Property(p => p.WithdrawalReason).HasMaxLength(2000);
        builder.Ignore(p => p.Municipality);
        builder.Ignore(p => p.NeedsReferenceReview);
        builder.ComplexProperty(p => p.Attributes, a => a.MapAttributes());
        builder.HasRevision();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityIneCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.ReferenceProcedure).WithMany().HasForeignKey(p => p.ReferenceProcedureId).OnDelete(DeleteBehavior.Restrict);
        // The catalog's rules (CityCatalogRules) enforced by the database too, so two concurrent writes cannot both
        // take a code: a local id names one procedure of a catalog (withdrawn ones included: they stay as history and
        // imports match by local id); a SIA code names one active procedure (a withdrawn one's code may be reused).
        builder.HasIndex(p => new { p.MunicipalityIneCode, p.LocalId }).IsUnique();
        builder.HasIndex(p => new { p.MunicipalityIneCode, p.SearchName });
        builder.HasIndex(p => new { p.MunicipalityIneCode, p.SiaCode }).IsUnique();
        builder.HasIndex(p => p.SiaCode);
        builder.HasIndex(p => p.ResponsibleUnitCode);
        builder.HasIndex(p => p.ReferenceProcedureId);
    }
}

/// <summary>Index filters written in each provider's SQL (the configurations above are provider-neutral).</summary>
internal static class CityProcedureIndexFilters
{
    /// <summary>The unique SIA code index covers active procedures with a code only.</summary>
    public static void Apply(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        var (open, close) = provider == DatabaseProvider.SqlServer ? ("[", "]") : ("\"", "\"");
        modelBuilder.Entity<CityProcedure>().HasIndex(p => new { p.MunicipalityIneCode, p.SiaCode })
            .HasFilter($"{open}SiaCode{close} IS NOT NULL AND {open}Status{close} = 'Active'");
    }
}
