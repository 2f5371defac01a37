using Catalog.Api.GraphQL;
using Catalog.Domain.Codes;

namespace Catalog.Api.Municipalities;

/// <summary>
/// Reads a municipality argument: its INE code (<c>28079</c>, or with check digit <c>280796</c>) or its town
/// council's DIR3 code (<c>L01280796</c>). Bad codes are refused with the value object's own message.
/// </summary>
public static class MunicipalityCode
{
    /// <summary>The INE code <paramref name="text"/> stands for; a BAD_USER_INPUT error when it stands for none.</summary>
    public static IneCode Parse(string? text, string argument)
        => IneCode.TryParseMunicipality(text, out var code, out var error) ? code : throw CatalogErrors.BadInput(error, argument);
}
