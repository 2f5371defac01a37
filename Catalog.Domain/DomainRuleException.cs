namespace Catalog.Domain;

/// <summary>
/// Raised when an operation would break one of the domain's rules. The message is meant for the user who asked for
/// the operation, so it says what is wrong in plain words; <see cref="Field"/> names the offending input where one does.
/// </summary>
public class DomainRuleException : Exception
{
    public DomainRuleException(string message, string? field = null) : base(message) => Field = field;

    public DomainRuleException()
    {
    }

    public DomainRuleException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The input field the rule is about, when there is one (for field-level error messages).</summary>
    public string? Field { get; }
}

/// <summary>Raised when a registry code (INE, DIR3, SIA) is not of a valid form.</summary>
public sealed class InvalidCodeException : DomainRuleException
{
    public InvalidCodeException(string message, string? field = null) : base(message, field)
    {
    }

    public InvalidCodeException()
    {
    }

    public InvalidCodeException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
