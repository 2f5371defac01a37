using Catalog.Api.Accounts;
using Catalog.Domain.Codes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace Catalog.Api.Auth;

/// <summary>
/// Authentication: JWT bearer tokens (external authority or local key), API keys and people's sign-in cookie, behind
/// one scheme that picks by what the request presents.
/// </summary>
public static class AuthSetup
{
    private const string Selector = "Catalog";

    public static IServiceCollection AddCatalogAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(AuthOptions.Section);
        services.Configure<AuthOptions>(section);
        services.AddSingleton<SigningKeys>();
        services.AddSingleton<TokenIssuer>();
        var options = section.Get<AuthOptions>() ?? new AuthOptions();

        var authentication = services.AddAuthentication(Selector);
        authentication
            .AddPolicyScheme(Selector, "Bearer token, API key or sign-in cookie", scheme =>
                scheme.ForwardDefaultSelector = context =>
                    ApiKeyAuthenticationHandler.Presents(context.Request) ? ApiKeyAuthenticationHandler.SchemeName
                    : context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? JwtBearerDefaults.AuthenticationScheme
                    : Accounts.AccountSetup.CookieScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, null)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.Audience = options.Audience;
                jwt.TokenValidationParameters.NameClaimType = "sub";
                jwt.TokenValidationParameters.RoleClaimType = CatalogActor.RoleClaim;
                jwt.TokenValidationParameters.ValidAudience = options.Audience;
                jwt.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                if (!string.IsNullOrWhiteSpace(options.Authority))
                {
                    jwt.Authority = options.Authority;
                }
                else
                {
                    jwt.TokenValidationParameters.ValidIssuer = options.Issuer;
                }

                jwt.Events = new JwtBearerEvents
                {
                    OnAuthenticationFailed = context =>
                    {
                        AuthenticationProblems.Record(context.HttpContext, Describe(context.Exception));
                        return Task.CompletedTask;
                    },
                };
            });

        // The local key is resolved lazily from DI, so the key file is only created when tokens are actually used.
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SigningKeys>((jwt, keys) =>
            {
                if (string.IsNullOrWhiteSpace(options.Authority))
                {
                    jwt.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, _, _) => [keys.Key];
                }
            });
        services.AddCatalogAccounts(configuration, authentication);
        services.AddAuthorization();
        return services;
    }

    private static string Describe(Exception exception) => exception switch
    {
        SecurityTokenExpiredException => "The bearer token has expired; get a new one.",
        SecurityTokenInvalidSignatureException or SecurityTokenSignatureKeyNotFoundException => "The bearer token's signature is not valid.",
        SecurityTokenInvalidAudienceException => "The bearer token is for another audience.",
        SecurityTokenInvalidIssuerException => "The bearer token comes from an issuer this service does not trust.",
        _ => "The bearer token is not valid.",
    };

    /// <summary>The <c>token</c> command: issues a locally signed token for the embedded default.</summary>
    public static ApiCommand TokenCommand { get; } = new(
        "token",
        "token --role admin|curator|editor [--municipality <INE or DIR3 code>]... [--subject <name>] [--hours <n>]",
        "issue a bearer token signed with the local key (for local use and testing)",
        (services, args, output, _) =>
        {
            var roleText = ApiCommandLine.Option(args, "--role") ?? throw new CommandLineException("--role is required.");
            if (!Enum.TryParse<CatalogRole>(roleText, ignoreCase: true, out var role) || !Enum.IsDefined(role))
            {
                throw new CommandLineException($"Role '{roleText}' is not one of admin, curator, editor.");
            }

            var municipalities = ApiCommandLine.Options(args, "--municipality").Select(ParseMunicipality).ToList();
            if (role == CatalogRole.Editor && municipalities.Count == 0)
            {
                throw new CommandLineException("An editor token needs at least one --municipality.");
            }

            var hoursText = ApiCommandLine.Option(args, "--hours");
            TimeSpan? lifetime = hoursText is null ? null
                : double.TryParse(hoursText, System.Globalization.CultureInfo.InvariantCulture, out var hours) && hours > 0 ? TimeSpan.FromHours(hours)
                : throw new CommandLineException($"--hours '{hoursText}' is not a positive number.");
            var subject = ApiCommandLine.Option(args, "--subject") ?? $"local-{role.ToString().ToLowerInvariant()}";
            var token = services.GetRequiredService<TokenIssuer>().Issue(subject, role, municipalities, lifetime);
            output.WriteLine(token);
            return Task.FromResult(0);
        });

    /// <summary>A municipality given as its INE code or its council's DIR3 code.</summary>
    public static IneCode ParseMunicipality(string text)
        => IneCode.TryParseMunicipality(text, out var code, out var error) ? code : throw new CommandLineException(error);
}
