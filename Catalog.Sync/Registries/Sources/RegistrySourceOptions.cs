namespace Catalog.Sync.Registries.Sources;

/// <summary>How a source's content is fetched.</summary>
public enum RegistrySourceType
{
    /// <summary>A local file or folder (a folder holds the DIR3 web-service CSV files).</summary>
    File,

    /// <summary>An HTTP(S) URL fetched with GET.</summary>
    Http,

    /// <summary>A SOAP endpoint called with a configured request envelope.</summary>
    Soap,
}

/// <summary>What a SOAP source's response carries.</summary>
public enum SoapResponseContent
{
    /// <summary>The response envelope itself is the content (SIA's <c>consultarSIA_v3_1</c>: <c>enviaSIA</c> inside the body).</summary>
    Xml,

    /// <summary>One element of the response holds a base64 ZIP (the DIR3 download services' <c>fichero</c>).</summary>
    Base64Zip,
}

/// <summary>
/// One configured registry source (an item of <c>Sync:Sources</c> in appsettings):
/// <code>
/// { "Name": "dir3-eell", "Registry": "Dir3", "Type": "Http", "Location": "https://…/Listado Unidades EELL.xlsx",
///   "TimeoutSeconds": 100, "MaxBytes": 536870912, "Retries": 3, "RetryDelaySeconds": 2, "FullList": true }
/// </code>
/// </summary>
public sealed class RegistrySourceOptions
{
    /// <summary>A unique name; the mirror records each source's last content hash under it.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The registry the source feeds.</summary>
    public Registry Registry { get; set; }

    /// <summary>How the content is fetched.</summary>
    public RegistrySourceType Type { get; set; } = RegistrySourceType.File;

    /// <summary>A path (relative paths resolve against the content root) or a URL.</summary>
    public string Location { get; set; } = string.Empty;

    /// <summary>
    /// True when the source is a full list: rows that vanish from it are marked gone (DIR3: within the same list;
    /// SIA: among entries of the responsible organisms the content covers). False for incremental downloads.
    /// </summary>
    public bool FullList { get; set; } = true;

    /// <summary>Timeout of one HTTP or SOAP attempt.</summary>
    public int TimeoutSeconds { get; set; } = 100;

    /// <summary>Content larger than this is refused (a runaway or wrong URL must not fill the disk).</summary>
    public long MaxBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>
    /// The most bytes one part of a ZIP or XLSX may inflate to: a few megabytes of deflate can stand for gigabytes, so
    /// a larger part is refused before it is read (the official lists' largest part is some tens of megabytes).
    /// </summary>
    public long MaxPartBytes { get; set; } = DefaultMaxPartBytes;

    /// <summary>The default of <see cref="MaxPartBytes"/>: 1 GiB.</summary>
    public const long DefaultMaxPartBytes = 1L << 30;

    /// <summary>How many times a failed HTTP or SOAP attempt is retried (timeouts, 5xx, connection errors).</summary>
    public int Retries { get; set; } = 3;

    /// <summary>The first retry waits this long; each further retry waits twice as long.</summary>
    public double RetryDelaySeconds { get; set; } = 2;

    /// <summary>SOAP settings; required when <see cref="Type"/> is <see cref="RegistrySourceType.Soap"/>.</summary>
    public SoapSourceOptions? Soap { get; set; }

    public override string ToString() => $"{Name} ({Registry}, {Type}: {Location})";
}

/// <summary>The SOAP call of a <see cref="RegistrySourceType.Soap"/> source.</summary>
public sealed class SoapSourceOptions
{
    /// <summary>The SOAPAction header, e.g. <c>http://www.map.es/sgca/consultar/consultarSIA_v3_1</c>.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The whole request envelope, inline. Either this or <see cref="EnvelopeFile"/>.</summary>
    public string? Envelope { get; set; }

    /// <summary>A file holding the request envelope (credentials stay out of appsettings).</summary>
    public string? EnvelopeFile { get; set; }

    /// <summary>What the response carries.</summary>
    public SoapResponseContent Response { get; set; } = SoapResponseContent.Xml;

    /// <summary>For <see cref="SoapResponseContent.Base64Zip"/>: the local name of the element holding the ZIP.</summary>
    public string ResponseElement { get; set; } = "fichero";
}
