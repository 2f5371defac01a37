namespace Catalog.Api.Web.Components.Shared;

/// <summary>Where a council stands on one procedure, as its catalog page shows it.</summary>
public enum ProcedureStatus
{
    /// <summary>The council's procedure is mapped to a reference procedure.</summary>
    Mapped,

    /// <summary>The council declared the reference procedure not offered.</summary>
    NotOffered,

    /// <summary>The reference procedure has nothing in the council's catalog.</summary>
    Missing,

    /// <summary>The reconciliation found something to check (an open discrepancy).</summary>
    ReviewNeeded,

    /// <summary>The council's procedure is not mapped to any reference procedure yet.</summary>
    Unmapped,
}

/// <summary>A DIR3 unit as the tree shows it.</summary>
public sealed record UnitNode(string Code, string Name, string? ParentCode);
