using System.Net;
using System.Security.Cryptography;

namespace Catalog.Sync.Registries.Sources;

/// <summary>
/// What the HTTP and SOAP sources share: one request with a timeout, retries with exponential backoff on transient
/// failures (timeouts, connection errors, 408, 429, 5xx), and spooling the response to a temporary file while hashing
/// it and enforcing the size limit, so a large list never sits in memory.
/// </summary>
internal static class HttpFetch
{
    /// <summary>Sends the request (rebuilt for each attempt) and returns a successful response, retrying transient failures.</summary>
    /// <param name="inspectFailure">Looks at a failed response first; may throw a non-retryable error (a SOAP fault).</param>
    public static async Task<HttpResponseMessage> SendAsync(HttpClient client, RegistrySourceOptions options, Func<HttpRequestMessage> request,
        Func<HttpResponseMessage, CancellationToken, Task>? inspectFailure, CancellationToken cancellationToken)
    {
        var delay = TimeSpan.FromSeconds(Math.Max(0, options.RetryDelaySeconds));
        for (var attempt = 0; ; attempt++)
        {
            string failure;
            Exception? cause = null;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
            try
            {
                using var message = request();
                var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
                if (response.IsSuccessStatusCode)
                {
                    return response;
                }

                using (response)
                {
                    if (inspectFailure is not null)
                    {
                        await inspectFailure(response, timeout.Token);
                    }

                    failure = $"{options.Location} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
                    if (!IsTransient(response.StatusCode))
                    {
                        throw new RegistrySourceException(options.Name, failure + ".");
                    }
                }
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                failure = $"{options.Location} did not answer within {options.TimeoutSeconds} s (TimeoutSeconds)";
                cause = e;
            }
            catch (HttpRequestException e)
            {
                failure = $"{options.Location} could not be reached ({e.Message})";
                cause = e;
            }

            if (attempt >= options.Retries)
            {
                throw new RegistrySourceException(options.Name, $"{failure}; gave up after {attempt + 1} attempt(s).", cause);
            }

            await Task.Delay(delay, cancellationToken);
            delay *= 2;
        }
    }

    /// <summary>Copies the response body to a temporary file, hashing it; refuses content over the size limit.</summary>
    public static async Task<(string Path, string Hash, long Length)> SpoolAsync(HttpResponseMessage response, RegistrySourceOptions options, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is { } declared && declared > options.MaxBytes)
        {
            throw new RegistrySourceException(options.Name, $"{options.Location} announces {declared:N0} bytes, more than the {options.MaxBytes:N0} allowed (MaxBytes).");
        }

        var path = TempFile();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(options.TimeoutSeconds));
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            await using var file = File.Create(path);
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, timeout.Token)) > 0)
            {
                total += read;
                if (total > options.MaxBytes)
                {
                    throw new RegistrySourceException(options.Name, $"{options.Location} sent more than the {options.MaxBytes:N0} bytes allowed (MaxBytes).");
                }

                hash.AppendData(buffer, 0, read);
                await file.WriteAsync(buffer.AsMemory(0, read), timeout.Token);
            }

            return (path, Convert.ToHexStringLower(hash.GetHashAndReset()), total);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            File.Delete(path);
            throw new RegistrySourceException(options.Name, $"{options.Location} did not finish sending within {options.TimeoutSeconds} s (TimeoutSeconds).", e);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
    }

    /// <summary>Refuses an HTML page where a registry file was expected (a login page, a proxy's error page).</summary>
    public static void RefuseHtml(string path, HttpResponseMessage response, RegistrySourceOptions options)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (ContentSniffer.SniffFile(path) == SniffedContent.Html || string.Equals(mediaType, "text/html", StringComparison.OrdinalIgnoreCase))
        {
            var excerpt = ContentSniffer.Excerpt(path);
            File.Delete(path);
            throw new RegistryFormatException(options.Location, $"is an HTML page ({mediaType}), not a registry file: \"{excerpt}\".");
        }
    }

    public static string TempFile() => Path.Combine(Path.GetTempPath(), $"catalog-registry-{Guid.NewGuid():N}.tmp");

    private static bool IsTransient(HttpStatusCode status) => status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
}
