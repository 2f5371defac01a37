using System.Buffers.Text;
using System.Text;
using Catalog.Domain.Codes;

namespace Catalog.Api.GraphQL;

/// <summary>
/// Relay global IDs: the GraphQL type name and the row's key, base64url-encoded so clients treat them as opaque
/// (<c>Municipality:28079</c> → <c>TXVuaWNpcGFsaXR5OjI4MDc5</c>). The natural keys (INE, DIR3, SIA codes) stay
/// available as their own fields.
/// </summary>
public static class GlobalId
{
    /// <summary>The global ID of the row of type <paramref name="typeName"/> with key <paramref name="key"/>.</summary>
    public static string Encode(string typeName, string key) => RelayId.Encode(typeName, key);

    /// <summary>The global ID of a row with a numeric key.</summary>
    public static string Encode(string typeName, long key) => Encode(typeName, key.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The numeric key of a global ID of <paramref name="typeName"/>; BAD_USER_INPUT naming <paramref name="argument"/> when it is not one.</summary>
    public static long DecodeNumeric(string? id, string typeName, string argument)
        => TryDecode(id, out var type, out var key) && type == typeName && long.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw CatalogErrors.BadInput($"'{id}' is not the global ID of a {typeName}.", argument);

    /// <summary>Splits a global ID into type name and key; false when it is not one this API issued.</summary>
    public static bool TryDecode(string? id, out string typeName, out string key)
    {
        typeName = key = string.Empty;
        if (string.IsNullOrEmpty(id) || id.Length > 200 || !Base64Url.IsValid(id))
        {
            return false;
        }

        string text;
        try
        {
            text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(id));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1)
        {
            return false;
        }

        typeName = text[..colon];
        key = text[(colon + 1)..];
        return true;
    }
}
