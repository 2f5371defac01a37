namespace Catalog.Domain.ReferenceCatalog;

/// <summary>A family of reference procedures (urbanism and works, census and population, taxes…).</summary>
public sealed class ReferenceProcess
{
    private ReferenceProcess()
    {
        Code = Name = string.Empty;
    }

    public ReferenceProcess(string code, string name, string? description, int sortOrder)
    {
        Code = RequireCode(code);
        Name = RequireName(name);
        Description = TextRules.MultiLine(description, "description");
        SortOrder = sortOrder;
    }

    public long Id { get; private set; }

    /// <summary>A short stable code (<c>URB</c>, <c>PAD</c>…), unique.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    public int SortOrder { get; private set; }

    /// <summary>Optimistic concurrency token, incremented on every change.</summary>
    public int Revision { get; private set; }

    public void Rename(string name, string? description, int? sortOrder = null)
    {
        Name = RequireName(name);
        Description = TextRules.MultiLine(description, "description");
        SortOrder = sortOrder ?? SortOrder;
    }

    internal static string RequireCode(string code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 32 || code.Any(ch => !(char.IsAsciiLetterUpper(ch) || char.IsAsciiDigit(ch) || ch == '-')))
        {
            throw new DomainRuleException($"Reference code '{code}' must be 1 to 32 characters of upper-case letters, digits and hyphens.", "code");
        }

        return code;
    }

    internal static string RequireName(string name)
        => string.IsNullOrWhiteSpace(name)
            ? throw new DomainRuleException("A name is required.", "name")
            : TextRules.SingleLine(name.Trim(), "name")!;
}
