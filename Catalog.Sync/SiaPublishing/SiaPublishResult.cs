namespace Catalog.Sync.SiaPublishing;

/// <summary>How SIA answered one operation.</summary>
public enum SiaOutcome
{
    /// <summary>SIA accepted it (<c>CORRECTO</c>); an alta carries the new code.</summary>
    Accepted,

    /// <summary>SIA refused it with its own errors: nothing changes until a person acts.</summary>
    Rejected,

    /// <summary>A SOAP fault (credentials, a malformed request SIA could not read): a person must act.</summary>
    Fault,

    /// <summary>The answer is not a response SIA's schema describes: a person must look at it.</summary>
    Malformed,

    /// <summary>No answer (timeout, connection refused, HTTP 5xx without a fault): tried again later.</summary>
    Transient,
}

/// <summary>
/// One call's result: the outcome, SIA's code for the procedure (the new one after an alta), SIA's result code and
/// message as SIA wrote them, the reason in Spanish for a council officer, and what was exchanged, for the audit.
/// </summary>
public sealed record SiaPublishResult(
    SiaOutcome Outcome,
    string? SiaCode,
    string? ResultCode,
    string? ResultMessage,
    string Reason,
    string Request,
    string? Response,
    int? HttpStatus)
{
    /// <summary>True when the same operation may be sent again without a person deciding.</summary>
    public bool IsTransient => Outcome == SiaOutcome.Transient;
}
