using System.Security.Cryptography;
using Catalog.Db;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Catalog.Api.Auth;

/// <summary>The symmetric key locally issued tokens are signed with: configured, or created once in a file.</summary>
public sealed class SigningKeys(IOptions<AuthOptions> options, IConfiguration configuration)
{
    private readonly Lazy<SymmetricSecurityKey> _key = new(() => Load(options.Value, CatalogDataDirectory.Resolve(configuration)));

    public SymmetricSecurityKey Key => _key.Value;

    private static SymmetricSecurityKey Load(AuthOptions options, string dataDirectory)
    {
        byte[] bytes;
        if (!string.IsNullOrWhiteSpace(options.SigningKey))
        {
            try
            {
                bytes = Convert.FromBase64String(options.SigningKey);
            }
            catch (FormatException)
            {
                throw new InvalidOperationException("Auth:SigningKey must be base64 (for example: openssl rand -base64 32).");
            }
        }
        else
        {
            var path = Path.GetFullPath(options.SigningKeyFile, dataDirectory);
            if (File.Exists(path))
            {
                bytes = Convert.FromBase64String(File.ReadAllText(path).Trim());
            }
            else
            {
                bytes = RandomNumberGenerator.GetBytes(32);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                // Written with CreateNew so two processes starting together cannot both create different keys.
                try
                {
                    using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                    using var writer = new StreamWriter(file);
                    writer.Write(Convert.ToBase64String(bytes));
                }
                catch (IOException) when (File.Exists(path))
                {
                    bytes = Convert.FromBase64String(File.ReadAllText(path).Trim());
                }

                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
        }

        if (bytes.Length < 32)
        {
            throw new InvalidOperationException($"The signing key has {bytes.Length} bytes; HMAC-SHA256 needs at least 32.");
        }

        return new SymmetricSecurityKey(bytes) { KeyId = Convert.ToHexStringLower(SHA256.HashData(bytes))[..16] };
    }
}
