using Catalog.Domain.CityCatalog;
using Catalog.Domain.SiaPublishing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalog.Db.EntityConfigurations;

internal sealed class SiaPublicationConfiguration : IEntityTypeConfiguration<SiaPublication>
{
    public void Configure(EntityTypeBuilder<SiaPublication> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.MunicipalityIneCode).HasMaxLength(5).IsFixedLength().IsUnicode(false);
        builder.Property(p => p.LeaseOwner).HasMaxLength(200);
        builder.Property(p => p.SiaCode).HasMaxLength(32).IsUnicode(false);
        builder.Property(p => p.ResultCode).HasMaxLength(64);
        builder.Property(p => p.ResultMessage).HasMaxLength(4000);
        builder.Property(p => p.Reason).HasMaxLength(4000);
        builder.HasOne(p => p.Procedure).WithMany().HasForeignKey(p => p.CityProcedureId).OnDelete(DeleteBehavior.Cascade);
        // A procedure's operations go out in id order; the sender looks for each procedure's oldest open one.
        builder.HasIndex(p => new { p.CityProcedureId, p.State });
        builder.HasIndex(p => new { p.MunicipalityIneCode, p.State });
        builder.HasIndex(p => new { p.State, p.NextAttemptAt });
    }
}
