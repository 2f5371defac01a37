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
        builder.HasIndex(p => new { p.MunicipalityIneCode, p.LocalId }).IsUnique();
        builder.HasIndex(p => new { p.MunicipalityIneCode, p.SearchName });
        builder.HasIndex(p => new { p.MunicipalityIneCode, p.SiaCode });
        builder.HasIndex(p => p.SiaCode);
        builder.HasIndex(p => p.ResponsibleUnitCode);
        builder.HasIndex(p => p.ReferenceProcedureId);
    }
}
