namespace Catalog.Api.Auth;

/// <summary>The request needs credentials and has none (or they were refused). Reported as UNAUTHENTICATED.</summary>
public sealed class UnauthenticatedException : Exception
{
    public UnauthenticatedException(string message) : base(message)
    {
    }

    public UnauthenticatedException()
    {
    }

    public UnauthenticatedException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>The caller is known but may not do this. Reported as FORBIDDEN.</summary>
public sealed class ForbiddenException : Exception
{
    public ForbiddenException(string message) : base(message)
    {
    }

    public ForbiddenException()
    {
    }

    public ForbiddenException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>What the request names does not exist. Reported as NOT_FOUND.</summary>
public sealed class NotFoundException : Exception
{
    public NotFoundException(string message) : base(message)
    {
    }

    public NotFoundException()
    {
    }

    public NotFoundException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>The permission checks every write makes, in one place.</summary>
public static class Permissions
{
    public static CatalogActor Require(CatalogActor? actor)
        => actor ?? throw new UnauthenticatedException("Writing needs a bearer token or an API key.");

    public static void RequireCityEditor(CatalogActor actor, string ineCode)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.MayEditCity(ineCode))
        {
            throw new ForbiddenException(actor.Role == CatalogRole.Editor
                ? $"Your {(actor.ApiKeyId is null ? "token" : "API key")} lets you edit the catalogs of {string.Join(", ", actor.Municipalities)}, not of {ineCode}."
                : $"The {actor.Role.ToString().ToLowerInvariant()} role cannot edit city catalogs.");
        }
    }

    public static void RequireCurator(CatalogActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.MayCurateReferenceCatalog)
        {
            throw new ForbiddenException($"Only curators and admins may change the reference catalog; you are {actor.Role.ToString().ToLowerInvariant()}.");
        }
    }

    public static void RequireAdmin(CatalogActor actor, string what)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsAdmin)
        {
            throw new ForbiddenException($"Only admins may {what}; you are {actor.Role.ToString().ToLowerInvariant()}.");
        }
    }
}
