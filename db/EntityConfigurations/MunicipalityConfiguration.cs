using Catalog.Domain.Municipalities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalog.Db.EntityConfigurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.HasKey(m => m.IneCode);
        builder.Property(m => m.IneCode).HasMaxLength(5).IsFixedLength().IsUnicode(false);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.Property(m => m.DisplayName).HasMaxLength(200);
        builder.Property(m => m.SearchName).HasMaxLength(200);
        builder.Property(m => m.ProvinceCode).HasMaxLength(2).IsUnicode(false);
        builder.Property(m => m.ProvinceName).HasMaxLength(100);
        builder.Property(m => m.ProvinceDisplayName).HasMaxLength(100);
        builder.Property(m => m.RegionCode).HasMaxLength(2).IsUnicode(false);
        builder.Property(m => m.RegionName).HasMaxLength(100);
        builder.Property(m => m.CouncilDir3Code).HasMaxLength(9).IsUnicode(false);
        builder.Ignore(m => m.Code);
        builder.HasIndex(m => m.CouncilDir3Code).IsUnique();
        builder.HasIndex(m => m.SearchName);
        builder.HasIndex(m => m.ProvinceCode);
        builder.HasIndex(m => m.RegionCode);
    }
}
