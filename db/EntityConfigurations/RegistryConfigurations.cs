using Catalog.Domain.Registries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalog.Db.EntityConfigurations;

internal sealed class OrganizationalUnitConfiguration : IEntityTypeConfiguration<OrganizationalUnit>
{
    public void Configure(EntityTypeBuilder<OrganizationalUnit> builder)
    {
        builder.ToTable("Units");
        builder.HasKey(u => u.Code);
        builder.Property(u => u.Code).HasMaxLength(9).IsUnicode(false);
        builder.Property(u => u.Name).HasMaxLength(500);
        builder.Property(u => u.EntityType).HasMaxLength(8).IsUnicode(false);
        builder.Property(u => u.ParentCode).HasMaxLength(9).IsUnicode(false);
        builder.Property(u => u.PrincipalCode).HasMaxLength(9).IsUnicode(false);
        builder.Property(u => u.EdpPrincipalCode).HasMaxLength(9).IsUnicode(false);
        builder.Property(u => u.OfficialDate).HasMaxLength(32);
        builder.Property(u => u.Nif).HasMaxLength(32);
        builder.Property(u => u.ProvinceCode).HasMaxLength(2).IsUnicode(false);
        builder.Property(u => u.SourceList).HasMaxLength(32);
        builder.Ignore(u => u.IsActive);
        builder.HasIndex(u => u.ParentCode);
        builder.HasIndex(u => u.PrincipalCode);
        builder.HasIndex(u => new { u.Status, u.IsGone });
    }
}

internal sealed class UnitSuccessionConfiguration : IEntityTypeConfiguration<UnitSuccession>
{
    public void Configure(EntityTypeBuilder<UnitSuccession> builder)
    {
        builder.HasKey(s => new { s.PredecessorCode, s.SuccessorCode });
        builder.Property(s => s.PredecessorCode).HasMaxLength(9).IsUnicode(false);
        builder.Property(s => s.SuccessorCode).HasMaxLength(9).IsUnicode(false);
        builder.Property(s => s.Reason).HasMaxLength(100);
        builder.Property(s => s.Date).HasMaxLength(32);
        builder.HasIndex(s => s.SuccessorCode);
    }
}

internal sealed class OfficeConfiguration : IEntityTypeConfiguration<Office>
{
    public void Configure(EntityTypeBuilder<Office> builder)
    {
        builder.HasKey(o => o.Code);
        builder.Property(o => o.Code).HasMaxLength(9).IsUnicode(false);
        builder.Property(o => o.Name).HasMaxLength(500);
        builder.Property(o => o.ResponsibleUnitCode).HasMaxLength(9).IsUnicode(false);
        builder.Property(o => o.OfficeType).HasMaxLength(100);
        builder.Property(o => o.Address).HasMaxLength(500);
        builder.Property(o => o.PostalCode).HasMaxLength(10);
        builder.Property(o => o.MunicipalityIneCode).HasMaxLength(5).IsUnicode(false);
        builder.HasIndex(o => o.ResponsibleUnitCode);
    }
}

internal sealed class OfficeUnitRelationConfiguration : IEntityTypeConfiguration<OfficeUnitRelation>
{
    public void Configure(EntityTypeBuilder<OfficeUnitRelation> builder)
    {
        builder.HasKey(r => new { r.OfficeCode, r.UnitCode });
        builder.Property(r => r.OfficeCode).HasMaxLength(9).IsUnicode(false);
        builder.Property(r => r.UnitCode).HasMaxLength(9).IsUnicode(false);
        builder.HasIndex(r => r.UnitCode);
    }
}

internal sealed class SiaEntryConfiguration : IEntityTypeConfiguration<SiaEntry>
{
    public void Configure(EntityTypeBuilder<SiaEntry> builder)
    {
        builder.HasKey(e => e.Code);
        builder.Property(e => e.Code).HasMaxLength(10).IsUnicode(false);
        builder.Property(e => e.Kind).HasMaxLength(8);
        builder.Property(e => e.Name).HasMaxLength(1000);
        builder.Property(e => e.ResponsibleN1).HasMaxLength(9).IsUnicode(false);
        builder.Property(e => e.ResponsibleN2).HasMaxLength(9).IsUnicode(false);
        builder.Property(e => e.ResponsibleUnitCode).HasMaxLength(9).IsUnicode(false);
        builder.Property(e => e.LastUpdated).HasMaxLength(32);
        builder.Property(e => e.Typology).HasConversion(JsonColumn.ValueConverter<CodedValue>()).HasMaxLength(500);
        builder.Property(e => e.SilenceEffect).HasConversion(JsonColumn.ValueConverter<CodedValue>()).HasMaxLength(500);
        builder.Property(e => e.ResolutionTermUnit).HasConversion(JsonColumn.ValueConverter<CodedValue>()).HasMaxLength(500);
        builder.Property(e => e.ElectronicLevel).HasConversion(JsonColumn.ValueConverter<CodedValue>()).HasMaxLength(500);
        builder.Property(e => e.Status).HasConversion(JsonColumn.ValueConverter<CodedValue>()).HasMaxLength(500);
        builder.Property(e => e.Initiations).HasConversion(JsonColumn.ListConverter<CodedValue>(), JsonColumn.ListComparer<CodedValue>());
        builder.Property(e => e.Recipients).HasConversion(JsonColumn.ListConverter<CodedValue>(), JsonColumn.ListComparer<CodedValue>());
        builder.Property(e => e.Subjects).HasConversion(JsonColumn.ListConverter<CodedValue>(), JsonColumn.ListComparer<CodedValue>());
        builder.Property(e => e.LegalBasis).HasConversion(JsonColumn.ListConverter<SiaLegalReference>(), JsonColumn.ListComparer<SiaLegalReference>());
        builder.HasIndex(e => e.ResponsibleN1);
        builder.HasIndex(e => e.ResponsibleUnitCode);
    }
}

internal sealed class RegistrySourceStateConfiguration : IEntityTypeConfiguration<RegistrySourceState>
{
    public void Configure(EntityTypeBuilder<RegistrySourceState> builder)
    {
        builder.ToTable("RegistrySources");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(100);
        builder.Property(s => s.Kind).HasMaxLength(32);
        builder.Property(s => s.Location).HasMaxLength(2000);
        builder.Property(s => s.ContentHash).HasMaxLength(64).IsUnicode(false);
    }
}
