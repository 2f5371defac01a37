namespace Catalog.Domain.SiaPublishing;

/// <summary>What is asked of SIA for one procedure (<c>OPERACION</c>).</summary>
public enum SiaOperation
{
    /// <summary><c>A</c>: alta, a new entry; SIA answers with its code.</summary>
    Alta,

    /// <summary><c>M</c>: modificación of an entry SIA has.</summary>
    Modificacion,

    /// <summary><c>B</c>: baja, the entry is deregistered.</summary>
    Baja,

    /// <summary><c>AC</c>: reactivación of a deregistered entry.</summary>
    Reactivacion,
}

/// <summary>Where one queued operation stands.</summary>
public enum SiaPublicationState
{
    /// <summary>Waiting to be sent, or sent without an answer and due again at <see cref="SiaPublication.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>A sender holds it (<see cref="SiaPublication.LeaseUntil"/>); if that sender died, whether SIA got it is unknown.</summary>
    Sending,

    /// <summary>The procedure lacks what SIA needs (<see cref="SiaPublication.Reason"/> names it); sent once it is complete.</summary>
    Incomplete,

    /// <summary>SIA accepted it.</summary>
    Accepted,

    /// <summary>SIA refused it: the procedure's later operations wait until a person retries or discards it.</summary>
    Rejected,

    /// <summary>SIA answered with a SOAP fault (credentials, a request it could not read): a person must act.</summary>
    Fault,

    /// <summary>The answer was not one SIA's schema describes: a person must look at it.</summary>
    Malformed,

    /// <summary>A person, or a later withdrawal before it was ever sent, set it aside; it is never sent.</summary>
    Discarded,
}

/// <summary>
/// One operation of the SIA publishing queue for one city procedure: queued in the same transaction as the write that
/// caused it, sent in <see cref="Id"/> order per procedure, with the last exchange with SIA kept for the audit.
/// The fields SIA gets are read from the procedure when the operation is sent, so a queued modification always
/// carries the procedure as it is then.
/// </summary>
public sealed class SiaPublication
{
    private SiaPublication()
    {
        MunicipalityIneCode = string.Empty;
    }

    public SiaPublication(long cityProcedureId, string municipalityIneCode, SiaOperation operation, DateTimeOffset at)
        : this(municipalityIneCode, operation, at) => CityProcedureId = cityProcedureId;

    /// <summary>For a procedure being inserted in the same save: EF Core sets <see cref="CityProcedureId"/> from <paramref name="procedure"/>.</summary>
    public SiaPublication(CityCatalog.CityProcedure procedure, SiaOperation operation, DateTimeOffset at)
        : this((procedure ?? throw new ArgumentNullException(nameof(procedure))).MunicipalityIneCode, operation, at)
    {
        CityProcedureId = procedure.Id;
        Procedure = procedure;
    }

    private SiaPublication(string municipalityIneCode, SiaOperation operation, DateTimeOffset at)
    {
        MunicipalityIneCode = municipalityIneCode;
        Operation = operation;
        State = SiaPublicationState.Pending;
        CreatedAt = at;
        UpdatedAt = at;
    }

    public long Id { get; private set; }

    public long CityProcedureId { get; private set; }

    /// <summary>Set only when queued together with a procedure not yet inserted.</summary>
    public CityCatalog.CityProcedure? Procedure { get; private set; }

    public string MunicipalityIneCode { get; private set; }

    /// <summary>The operation; a modificación of a procedure SIA has no code for is sent as an alta (and says so here).</summary>
    public SiaOperation Operation { get; private set; }

    public SiaPublicationState State { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>How many times it was sent.</summary>
    public int Attempts { get; private set; }

    /// <summary>When it was last sent: set, and saved, before the request leaves.</summary>
    public DateTimeOffset? SentAt { get; private set; }

    /// <summary>Not sent before this time (the back-off after an attempt without an answer).</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    /// <summary>When SIA's answer settled it (accepted, rejected, fault, malformed) or it was discarded.</summary>
    public DateTimeOffset? CompletedAt { get; private set; }

    /// <summary>SIA's code of the procedure as SIA answered (the new one after an alta).</summary>
    public string? SiaCode { get; private set; }

    /// <summary>SIA's result code, as SIA wrote it.</summary>
    public string? ResultCode { get; private set; }

    /// <summary>SIA's result message, as SIA wrote it.</summary>
    public string? ResultMessage { get; private set; }

    /// <summary>What happened, in Spanish, for the council's officer.</summary>
    public string? Reason { get; private set; }

    /// <summary>The last request sent (the password left out).</summary>
    public string? Request { get; private set; }

    /// <summary>SIA's last answer, as received.</summary>
    public string? Response { get; private set; }

    public int? HttpStatus { get; private set; }

    /// <summary>True while the operation still has to go out (or be acted on): it holds back the procedure's later ones.</summary>
    public bool IsOpen => State is not (SiaPublicationState.Accepted or SiaPublicationState.Discarded);

    /// <summary>True when a person has to act before the procedure's queue moves on.</summary>
    public bool NeedsPerson => State is SiaPublicationState.Rejected or SiaPublicationState.Fault or SiaPublicationState.Malformed;

    /// <summary>Sends an alta instead of a modificación or reactivación, for a procedure SIA has no code for.</summary>
    public void SendAs(SiaOperation operation, DateTimeOffset at)
    {
        Operation = operation;
        UpdatedAt = at;
    }

    /// <summary>Records, before the request leaves, that it is being sent: after a crash, the next sender knows SIA may have it.</summary>
    public void MarkSent(string request, DateTimeOffset at)
    {
        Attempts++;
        SentAt = at;
        Request = request;
        Response = null;
        HttpStatus = null;
        UpdatedAt = at;
    }

    /// <summary>SIA accepted it: done.</summary>
    public void Accept(string? siaCode, string? resultCode, string? resultMessage, string reason, string? response, int? httpStatus, DateTimeOffset at)
    {
        Complete(SiaPublicationState.Accepted, resultCode, resultMessage, reason, response, httpStatus, at);
        SiaCode = siaCode;
    }

    /// <summary>SIA refused it, faulted, or answered something unreadable: the queue of the procedure stops here.</summary>
    public void Stop(SiaPublicationState state, string? resultCode, string? resultMessage, string reason, string? response, int? httpStatus, DateTimeOffset at)
    {
        if (state is not (SiaPublicationState.Rejected or SiaPublicationState.Fault or SiaPublicationState.Malformed))
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "Only a rejection, a fault or a malformed answer stops the queue.");
        }

        Complete(state, resultCode, resultMessage, reason, response, httpStatus, at);
    }

    /// <summary>No answer: due again after <paramref name="retryAt"/>.</summary>
    public void RetryLater(string reason, string? response, int? httpStatus, DateTimeOffset retryAt, DateTimeOffset at)
    {
        State = SiaPublicationState.Pending;
        Reason = reason;
        Response = response;
        HttpStatus = httpStatus;
        NextAttemptAt = retryAt;
        ReleaseLease(at);
    }

    /// <summary>The procedure lacks what SIA needs: nothing is sent until it is complete.</summary>
    public void WaitForData(string missing, DateTimeOffset at)
    {
        State = SiaPublicationState.Incomplete;
        Reason = missing;
        ReleaseLease(at);
    }

    /// <summary>Back in the queue: after a person's retry, or after an edit of an incomplete procedure.</summary>
    public void Requeue(DateTimeOffset at)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException($"La operación {Id} ya terminó ({State}); no se puede volver a enviar.");
        }

        State = SiaPublicationState.Pending;
        NextAttemptAt = null;
        CompletedAt = null;
        ReleaseLease(at);
    }

    /// <summary>Set aside: never sent; the procedure's later operations go on.</summary>
    public void Discard(string reason, DateTimeOffset at)
    {
        if (State is SiaPublicationState.Accepted)
        {
            throw new DomainRuleException($"La operación {Id} ya fue aceptada por SIA; no se puede descartar.");
        }

        State = SiaPublicationState.Discarded;
        Reason = reason;
        CompletedAt = at;
        ReleaseLease(at);
    }

    private void Complete(SiaPublicationState state, string? resultCode, string? resultMessage, string reason, string? response, int? httpStatus, DateTimeOffset at)
    {
        State = state;
        ResultCode = resultCode;
        ResultMessage = resultMessage;
        Reason = reason;
        Response = response;
        HttpStatus = httpStatus;
        CompletedAt = at;
        NextAttemptAt = null;
        ReleaseLease(at);
    }

    private void ReleaseLease(DateTimeOffset at)
    {
        LeaseOwner = null;
        LeaseUntil = null;
        UpdatedAt = at;
    }
}
