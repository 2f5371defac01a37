using Catalog.Domain.Procedures;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalog.Db.EntityConfigurations;

/// <summary>Mapping pieces several entity configurations share.</summary>
internal static class MappingConventions
{
    /// <summary>The name of the optimistic concurrency token on editable rows.</summary>
    public const string RevisionProperty = "Revision";

    public static void HasRevision<T>(this EntityTypeBuilder<T> builder) where T : class
        => builder.Property<int>(RevisionProperty).IsConcurrencyToken();

    /// <summary>Maps the Law 39/2015 attributes inline, as columns of the owning row (so they can be filtered on).</summary>
    public static void MapAttributes(this ComplexPropertyBuilder<ProcedureAttributes> attributes)
    {
        attributes.Ignore(a => a.ResolutionTerm);
        attributes.Property(a => a.Initiation).HasColumnName("Initiation");
        attributes.Property(a => a.SilenceEffect).HasColumnName("SilenceEffect");
        attributes.Property(a => a.ResolutionTermAmount).HasColumnName("ResolutionTermAmount");
        attributes.Property(a => a.ResolutionTermUnit).HasColumnName("ResolutionTermUnit");
        attributes.Property(a => a.EndsAdministrativeRoute).HasColumnName("EndsAdministrativeRoute");
        attributes.Property(a => a.Recipients).HasColumnName("Recipients").HasConversion<int>();
        attributes.Property(a => a.ElectronicLevel).HasColumnName("ElectronicLevel").HasConversion<int?>();
        attributes.Property(a => a.Channels).HasColumnName("Channels").HasConversion<int>();
        attributes.Property(a => a.Fees).HasColumnName("Fees").HasMaxLength(1000);
        attributes.Property(a => a.LegalBasis).HasColumnName("LegalBasis")
            .HasConversion(JsonColumn.ListConverter<LegalReference>(), JsonColumn.ListComparer<LegalReference>());
        attributes.Property(a => a.AsRegulated).HasColumnName("AsRegulated").HasConversion<int>();
        attributes.Property(a => a.Requirements).HasColumnName("Requirements").HasMaxLength(ProcedureAttributes.MaxTextLength);
        attributes.Property(a => a.Documents).HasColumnName("Documents").HasMaxLength(ProcedureAttributes.MaxTextLength);
        attributes.Property(a => a.ResolvingBody).HasColumnName("ResolvingBody").HasMaxLength(ProcedureAttributes.MaxTextLength);
        attributes.Property(a => a.Appeals).HasColumnName("Appeals").HasMaxLength(ProcedureAttributes.MaxTextLength);
        attributes.Property(a => a.SubmissionPeriod).HasColumnName("SubmissionPeriod").HasMaxLength(ProcedureAttributes.MaxTextLength);
        attributes.Property(a => a.Family).HasColumnName("Family").HasMaxLength(ProcedureAttributes.MaxTextLength);
    }
}
