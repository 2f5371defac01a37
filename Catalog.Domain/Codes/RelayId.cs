using System.Buffers.Text;
using System.Text;

namespace Catalog.Domain.Codes;

/// <summary>
/// The opaque global IDs the API hands out (Relay's object identification): the GraphQL type name and the row's key,
/// base64url-encoded (<c>Municipality:28079</c> → <c>TXVuaWNpcGFsaXR5OjI4MDc5</c>). Here, outside the API, so that
/// what leaves the product by other roads (webhook events) names objects the way <c>node(id)</c> takes them.
/// </summary>
public static class RelayId
{
    public static string Encode(string typeName, string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + key));
}
