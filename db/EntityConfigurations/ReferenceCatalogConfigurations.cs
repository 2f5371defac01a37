using Catalog.Domain.ReferenceCatalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalog.Db.EntityConfigurations;

internal sealed class ReferenceProcessConfiguration : IEntityTypeConfiguration<ReferenceProcess>
{
    public void Configure(EntityTypeBuilder<ReferenceProcess> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(32).IsUnicode(false);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.Description).HasMaxLength(2000);
        builder.HasRevision();
        builder.HasIndex(p => p.Code).IsUnique();
    }
}

internal sealed class ReferenceProcedureConfiguration : IEntityTypeConfiguration<ReferenceProcedure>
{
    public void Configure(EntityTypeBuilder<ReferenceProcedure> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Code).HasMaxLength(32).IsUnicode(false);
        builder.Property(p => p.Name).HasMaxLength(500);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.ExampleSiaCode).HasMaxLength(10).IsUnicode(false);
        builder.ComplexProperty(p => p.Attributes, a => a.MapAttributes());
        builder.HasRevision();
        builder.HasOne(p => p.Process).WithMany().HasForeignKey(p => p.ProcessId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Versions).WithOne(v => v.ReferenceProcedure).HasForeignKey(v => v.ReferenceProcedureId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Versions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => p.ProcessId);
    }
}

internal sealed class ReferenceProcedureVersionConfiguration : IEntityTypeConfiguration<ReferenceProcedureVersion>
{
    public void Configure(EntityTypeBuilder<ReferenceProcedureVersion> builder)
    {
        builder.HasKey(v => v.Id);
        builder.Property(v => v.Name).HasMaxLength(500);
        builder.Property(v => v.Description).HasMaxLength(4000);
        builder.Property(v => v.Author).HasMaxLength(200);
        builder.Property(v => v.Note).HasMaxLength(2000);
        builder.Property(v => v.ChangedFields).HasConversion(JsonColumn.ListConverter<string>(), JsonColumn.ListComparer<string>()).HasMaxLength(2000);
        builder.ComplexProperty(v => v.Attributes, a => a.MapAttributes());
        builder.HasOne(v => v.Process).WithMany().HasForeignKey(v => v.ProcessId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.ReferenceProcedureId, v.Number }).IsUnique();
    }
}
