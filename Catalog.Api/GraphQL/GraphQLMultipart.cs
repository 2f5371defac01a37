using System.Text.Json;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace Catalog.Api.GraphQL;

/// <summary>
/// The GraphQL multipart request spec (https://github.com/jaydenseric/graphql-multipart-request-spec): a
/// <c>multipart/form-data</c> POST with an <c>operations</c> part (the usual JSON request, files as null), a
/// <c>map</c> part (which file goes to which variable path) and the files. Files reach resolvers as
/// <see cref="IFormFile"/> through the <see cref="UploadGraphType"/> scalar.
/// </summary>
public static class GraphQLMultipart
{
    public static bool IsMultipart(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.HasFormContentType && request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) == true;
    }

    /// <summary>
    /// Reads the form: returns the <c>operations</c> JSON with each mapped file placed in its variable, or an error
    /// message saying what is wrong with the request.
    /// </summary>
    public static async Task<(string? OperationsJson, Dictionary<string, IFormFile>? Files, string? Error)> ReadAsync(HttpRequest request, long maxBytes)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
        {
            return (null, null, $"The upload is larger than {maxBytes} bytes.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new Microsoft.AspNetCore.Http.Features.FormOptions { MultipartBodyLengthLimit = maxBytes }, request.HttpContext.RequestAborted);
        }
        catch (InvalidDataException exception)
        {
            return (null, null, $"The multipart request cannot be read: {exception.Message}");
        }

        var operations = form["operations"].ToString();
        if (string.IsNullOrEmpty(operations))
        {
            return (null, null, "A multipart GraphQL request needs an `operations` part with the request JSON.");
        }

        var files = new Dictionary<string, IFormFile>(StringComparer.Ordinal);
        var map = form["map"].ToString();
        if (!string.IsNullOrEmpty(map))
        {
            Dictionary<string, string[]>? entries;
            try
            {
                entries = JsonSerializer.Deserialize<Dictionary<string, string[]>>(map);
            }
            catch (JsonException)
            {
                return (null, null, "The `map` part must be a JSON object from file field names to lists of variable paths.");
            }

            foreach (var (field, paths) in entries ?? [])
            {
                var file = form.Files.GetFile(field);
                if (file is null)
                {
                    return (null, null, $"The map names file field '{field}', which the request does not carry.");
                }

                foreach (var path in paths)
                {
                    if (!path.StartsWith("variables.", StringComparison.Ordinal) || path.Length == "variables.".Length)
                    {
                        return (null, null, $"The map path '{path}' must point into `variables` (e.g. variables.file).");
                    }

                    var name = path["variables.".Length..];
                    if (name.Contains('.', StringComparison.Ordinal))
                    {
                        return (null, null, $"The map path '{path}' points inside a variable; pass each file as a top-level variable (variables.file).");
                    }

                    files[name] = file;
                }
            }
        }

        return (operations, files, null);
    }

    /// <summary>Puts the uploaded files into the parsed variables, at the paths the map gave (top-level names).</summary>
    public static Inputs WithFiles(Inputs? variables, IReadOnlyDictionary<string, IFormFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var merged = new Dictionary<string, object?>(variables ?? Inputs.Empty, StringComparer.Ordinal);
        foreach (var (name, file) in files)
        {
            merged[name] = file;
        }

        return new Inputs(merged);
    }
}

/// <summary>The <c>Upload</c> scalar of the multipart request spec: a file sent alongside the request.</summary>
public sealed class UploadGraphType : ScalarGraphType
{
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file uploaded with the request (GraphQL multipart request spec). It can only be given as a variable.";
    }

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        IFormFile file => file,
        _ => ThrowValueConversionError(value),
    };

    public override object? ParseLiteral(GraphQLValue value) => value is GraphQLNullValue ? null : ThrowLiteralConversionError(value, "Files can only be given as variables.");

    public override object? Serialize(object? value) => null;
}
