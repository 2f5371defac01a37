using Catalog.Domain.Procedures;

namespace Catalog.Domain.ReferenceCatalog;

/// <summary>
/// A reference procedure of the working group's catalog: what a town council's procedure of this kind should look
/// like. Every curated change makes a new numbered version that records which fields changed, so cities that mapped
/// to an older version can see what to review.
/// </summary>
public sealed class ReferenceProcedure
{
    private readonly List<ReferenceProcedureVersion> _versions = [];

    private ReferenceProcedure()
    {
        Code = Name = string.Empty;
        Attributes = ProcedureAttributes.Empty;
    }

    public ReferenceProcedure(string code, ReferenceProcess process, string name, string? description, ProcedureAttributes attributes, string author, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(process);
        Code = ReferenceProcess.RequireCode(code);
        Process = process;
        ProcessId = process.Id;
        Name = ReferenceProcess.RequireName(name);
        Description = TextRules.MultiLine(description, "description");
        Attributes = attributes ?? throw new ArgumentNullException(nameof(attributes));
        CurrentVersion = 1;
        _versions.Add(new ReferenceProcedureVersion(this, 1, ["Created"], author, at, null));
    }

    public long Id { get; private set; }

    /// <summary>A stable code (<c>URB-001</c>), unique; the key cities map to.</summary>
    public string Code { get; private set; }

    public long ProcessId { get; private set; }

    public ReferenceProcess? Process { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    /// <summary>The standard attributes of the current version.</summary>
    public ProcedureAttributes Attributes { get; private set; }

    /// <summary>A SIA code that exemplifies the procedure, when the working group names one.</summary>
    public string? ExampleSiaCode { get; private set; }

    public int CurrentVersion { get; private set; }

    /// <summary>True once the working group retired the procedure; cities mapped to it are asked to review.</summary>
    public bool IsRetired { get; private set; }

    public int Revision { get; private set; }

    public IReadOnlyList<ReferenceProcedureVersion> Versions => _versions;

    /// <summary>
    /// Curates the procedure: records a new version with the fields that changed. A change that changes nothing is
    /// refused, so version numbers always mean something.
    /// </summary>
    public ReferenceProcedureVersion Revise(string name, string? description, ProcedureAttributes attributes, ReferenceProcess process, string author, DateTimeOffset at, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(process);
        name = ReferenceProcess.RequireName(name);
        TextRules.MultiLine(description, "description");
        var changed = new List<string>();
        if (!string.Equals(name, Name, StringComparison.Ordinal)) changed.Add(nameof(Name));
        if (!string.Equals(description, Description, StringComparison.Ordinal)) changed.Add(nameof(Description));
        // An unsaved process has Id 0, so tell it apart by reference.
        if (process.Id != ProcessId || (process.Id == 0 && !ReferenceEquals(process, Process))) changed.Add(nameof(Process));
        changed.AddRange(attributes.DiffFrom(Attributes));
        if (changed.Count == 0)
        {
            throw new DomainRuleException($"Reference procedure {Code} already has these values; nothing to change.");
        }

        Name = name;
        Description = description;
        Attributes = attributes;
        Process = process;
        ProcessId = process.Id;
        CurrentVersion++;
        var version = new ReferenceProcedureVersion(this, CurrentVersion, changed, author, at, note);
        _versions.Add(version);
        return version;
    }

    public void SetExampleSiaCode(Codes.SiaCode? code) => ExampleSiaCode = code?.Value;

    public void Retire(string author, DateTimeOffset at, string? note)
    {
        if (IsRetired)
        {
            throw new DomainRuleException($"Reference procedure {Code} is already retired.");
        }

        IsRetired = true;
        CurrentVersion++;
        _versions.Add(new ReferenceProcedureVersion(this, CurrentVersion, ["Retired"], author, at, note));
    }

    /// <summary>The fields changed in the versions after <paramref name="confirmedVersion"/>, in order, without repeats.</summary>
    public IReadOnlyList<string> FieldsChangedSince(int confirmedVersion)
        => _versions.Where(v => v.Number > confirmedVersion).OrderBy(v => v.Number).SelectMany(v => v.ChangedFields).Distinct().ToList();
}

/// <summary>One numbered version of a reference procedure: a snapshot of its values and the fields that changed.</summary>
public sealed class ReferenceProcedureVersion
{
    private ReferenceProcedureVersion()
    {
        Name = Author = string.Empty;
        Attributes = ProcedureAttributes.Empty;
        ChangedFields = [];
    }

    internal ReferenceProcedureVersion(ReferenceProcedure procedure, int number, IReadOnlyList<string> changedFields, string author, DateTimeOffset at, string? note)
    {
        ReferenceProcedure = procedure;
        Number = number;
        Name = procedure.Name;
        Description = procedure.Description;
        // The navigation, not just the id: a process saved together with the procedure gets its id only then.
        Process = procedure.Process;
        ProcessId = procedure.ProcessId;
        Attributes = procedure.Attributes;
        ChangedFields = changedFields;
        Author = string.IsNullOrWhiteSpace(author) ? throw new DomainRuleException("A version needs an author.", "author") : author;
        CreatedAt = at;
        Note = note;
    }

    public long Id { get; private set; }

    public long ReferenceProcedureId { get; private set; }

    public ReferenceProcedure? ReferenceProcedure { get; private set; }

    public int Number { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public long ProcessId { get; private set; }

    /// <summary>The process the procedure belonged to in this version.</summary>
    public ReferenceProcess? Process { get; private set; }

    public ProcedureAttributes Attributes { get; private set; }

    /// <summary>The fields this version changed from the one before (<c>Created</c> for the first).</summary>
    public IReadOnlyList<string> ChangedFields { get; private set; }

    public string Author { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? Note { get; private set; }
}
