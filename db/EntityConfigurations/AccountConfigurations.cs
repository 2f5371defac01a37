using Catalog.Db.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalog.Db.EntityConfigurations;

/// <summary>Local accounts: Identity's tables, named in the product's words.</summary>
internal sealed class CatalogUserConfiguration : IEntityTypeConfiguration<CatalogUser>
{
    public void Configure(EntityTypeBuilder<CatalogUser> builder)
    {
        builder.ToTable("Accounts");
        builder.Property(u => u.Role).HasMaxLength(16).IsUnicode(false);
        builder.Property(u => u.Municipalities).HasConversion(JsonColumn.ListConverter<string>(), JsonColumn.ListComparer<string>()).HasMaxLength(4000);
    }
}

internal sealed class AccountClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<string>> builder) => builder.ToTable("AccountClaims");
}

internal sealed class AccountLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<string>> builder) => builder.ToTable("AccountLogins");
}

internal sealed class AccountTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<string>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<string>> builder) => builder.ToTable("AccountTokens");
}
