using Catalog.Domain.ChangeFeed;
using Catalog.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalog.Db.EntityConfigurations;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Url).HasMaxLength(2000);
        builder.Property(e => e.Secret).HasMaxLength(100).IsUnicode(false);
        builder.Property(e => e.MunicipalityIneCode).HasMaxLength(5).IsFixedLength().IsUnicode(false);
        builder.Property(e => e.Kinds).HasConversion(JsonColumn.ListConverter<CatalogChangeKind>(), JsonColumn.ListComparer<CatalogChangeKind>()).HasMaxLength(500);
        builder.Property(e => e.Description).HasMaxLength(500);
        builder.Property(e => e.CreatedBy).HasMaxLength(200);
        builder.Property(e => e.DisabledReason).HasMaxLength(2000);
        builder.Property(e => e.LeaseOwner).HasMaxLength(200);
        builder.HasIndex(e => e.MunicipalityIneCode);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.HasKey(d => d.Id);
        builder.Property(d => d.LastError).HasMaxLength(2000);
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
        // An event is queued once per endpoint; the sender takes an endpoint's oldest pending delivery next.
        builder.HasIndex(d => new { d.EndpointId, d.Position }).IsUnique();
        builder.HasIndex(d => new { d.EndpointId, d.State, d.Position });
    }
}
