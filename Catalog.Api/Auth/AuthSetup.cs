using System.CommandLine;
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
                    // A token naming another key (kid) was not signed by this service's key, even if its signature
                    // would check: refuse it rather than try the one key we have.
                    jwt.TokenValidationParameters.IssuerSigningKeyResolver = (_, _, kid, _) =>
                        string.IsNullOrEmpty(kid) || kid == keys.Key.KeyId ? [keys.Key] : [];
                }
            });
        services.AddCatalogAccounts(configuration, authentication);
        services.AddAuthorization();
        return services;
    }

    private static string Describe(Exception exception) => exception switch
    {
        SecurityTokenExpiredException => "The bearer token has expired; get a new one.",
        SecurityTokenSignatureKeyNotFoundException => "The bearer token names a signing key (kid) this service does not know.",
        SecurityTokenInvalidSignatureException => "The bearer token's signature is not valid.",
        SecurityTokenInvalidAudienceException => "The bearer token is for another audience.",
        SecurityTokenInvalidIssuerException => "The bearer token comes from an issuer this service does not trust.",
        _ => "The bearer token is not valid.",
    };

    /// <summary>
    /// The <c>token</c> command: issues a locally signed token for the embedded default and prints only the token, so
    /// <c>TOKEN=$(dotnet run --project Catalog.Api -- token --role admin)</c> works.
    /// </summary>
    public static Command CreateTokenCommand()
    {
        var role = new Option<string>("--role") { Description = "the token's role", Required = true };
        role.AcceptOnlyFromAmong("admin", "curator", "editor");
        var municipalities = new Option<string[]>("--municipality")
        {
            Description = "a municipality an editor may edit (INE or council DIR3 code); repeat for several",
            HelpName = "code",
        };
        var subject = new Option<string?>("--subject") { Description = "the token's subject (default local-<role>)", HelpName = "name" };
        var hours = new Option<double?>("--hours") { Description = "lifetime in hours (default Auth:TokenLifetime, 8)", HelpName = "n" };
        var command = new ApiCommand("token", "issue a bearer token signed with the local key (for local use and testing)", context =>
        {
            var parsedRole = Enum.Parse<CatalogRole>(context.Parse.GetRequiredValue(role), ignoreCase: true);
            var codes = (context.Parse.GetValue(municipalities) ?? []).Select(ParseMunicipality).ToList();
            if (parsedRole == CatalogRole.Editor && codes.Count == 0)
            {
                throw new CommandLineException("An editor token needs at least one --municipality.");
            }

            TimeSpan? lifetime = context.Parse.GetValue(hours) is { } h
                ? h > 0 ? TimeSpan.FromHours(h) : throw new CommandLineException($"--hours {h} is not a positive number.")
                : null;
            var name = context.Parse.GetValue(subject) ?? $"local-{parsedRole.ToString().ToLowerInvariant()}";
            var token = context.Services.GetRequiredService<TokenIssuer>().Issue(name, parsedRole, codes, lifetime);
            context.Output.WriteLine(token);
            return Task.FromResult(0);
        })
        {
            role, municipalities, subject, hours,
        };
        return command;
    }

    /// <summary>A municipality given as its INE code or its council's DIR3 code.</summary>
    public static IneCode ParseMunicipality(string text)
        => MunicipalityCode.TryParse(text, out var code, out var error) ? code : throw new CommandLineException(error);
}
