using Catalog.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalog.Db.EntityConfigurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> builder)
    {
        builder.HasKey(k => k.Id);
        builder.Property(k => k.Id).HasMaxLength(32).IsUnicode(false);
        builder.Property(k => k.Name).HasMaxLength(200);
        builder.Property(k => k.SecretHash).HasMaxLength(64).IsUnicode(false);
        builder.Property(k => k.CreatedBy).HasMaxLength(200);
        builder.Property(k => k.RevokedBy).HasMaxLength(200);
        builder.Property(k => k.Municipalities).HasConversion(JsonColumn.ListConverter<string>(), JsonColumn.ListComparer<string>()).HasMaxLength(4000);
        builder.Ignore(k => k.IsRevoked);
        builder.HasRevision();
    }
}
