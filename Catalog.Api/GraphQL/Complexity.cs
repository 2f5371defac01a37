namespace Catalog.Api.GraphQL;

/// <summary>
/// Per-field complexity impacts for fields that cost more than reading a row: the analyzer adds the impact for each
/// time a field is resolved (multiplied by the page sizes above it) and multiplies its children's weight by the
/// multiplier. Plain fields weigh 1; list fields without a page size count as <see cref="Children"/> items.
/// </summary>
public static class Complexity
{
    /// <summary>A coverage reads the whole reference catalog and the municipality's mappings.</summary>
    public const double Coverage = 200;

    /// <summary>A comparison reads a reference procedure, the municipalities and their mappings.</summary>
    public const double Comparison = 50;

    /// <summary>A chain of ancestors costs one batch per level.</summary>
    public const double Chain = 5;

    /// <summary>How many ancestors a chain is weighed at.</summary>
    public const double ChainLength = 8;

    /// <summary>How many children a unit is weighed at.</summary>
    public const double Children = 20;

    /// <summary>A units list may walk a subtree level by level before paging.</summary>
    public const double Subtree = 20;
}
