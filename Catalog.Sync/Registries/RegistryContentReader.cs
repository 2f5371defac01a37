using System.IO.Compression;
using Catalog.Sync.Registries.Dir3;
using Catalog.Sync.Registries.Sia;
using Catalog.Sync.Registries.Sources;

namespace Catalog.Sync.Registries;

/// <summary>
/// Picks the reader for fetched content from its registry and what the content is (told by its bytes, not its
/// name): a DIR3 XLSX list, DIR3 web-service CSVs (a ZIP, a folder or one CSV file), a SIA response XML or SIA CSV.
/// </summary>
internal sealed class RegistryContentReader : IDisposable
{
    private readonly IDisposable? _resource;

    private RegistryContentReader(string kind, IEnumerable<RegistryRow> rows, bool hasUnits, bool hasOffices, IDisposable? resource)
    {
        Kind = kind;
        Rows = rows;
        HasUnits = hasUnits;
        HasOffices = hasOffices;
        _resource = resource;
    }

    /// <summary>What the content is: the DIR3 list's name (AGE, EELL…), WS for web-service CSVs, SIA-XML or SIA-CSV.</summary>
    public string Kind { get; }

    public IEnumerable<RegistryRow> Rows { get; }

    /// <summary>True when the content carries a unit list (so units missing from it can be marked gone).</summary>
    public bool HasUnits { get; }

    /// <summary>True when the content carries the office list.</summary>
    public bool HasOffices { get; }

    public static RegistryContentReader Open(FetchedContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = content.DisplayName;
        if (Directory.Exists(content.Path))
        {
            return content.Source.Registry == Registry.Dir3
                ? FromWebService(Dir3WebServiceReader.OpenFolder(content.Path))
                : throw new RegistryFormatException(name, "is a folder; a SIA source is one XML or CSV file.");
        }

        if (!File.Exists(content.Path))
        {
            throw new RegistryFormatException(name, $"does not exist ({content.Path}).");
        }

        var sniffed = ContentSniffer.SniffFile(content.Path);
        switch (sniffed)
        {
            case SniffedContent.Empty:
                throw new RegistryFormatException(name, "is empty.");
            case SniffedContent.Html:
                throw new RegistryFormatException(name, $"is an HTML page, not a registry file (it starts with \"{ContentSniffer.Excerpt(content.Path)}\"). The server probably answered with an error page.");
        }

        if (content.Source.Registry == Registry.Dir3)
        {
            if (sniffed == SniffedContent.Zip)
            {
                var isSpreadsheet = IsSpreadsheet(content.Path, name);
                if (ZipParts.FindOversizedPart(content.Path, content.Source.MaxPartBytes, $"Sync:Sources, MaxPartBytes of source '{content.Source.Name}'") is { } oversized)
                {
                    throw new RegistryFormatException(name, $"is refused: its {oversized}");
                }

                if (isSpreadsheet)
                {
                    var list = Dir3ListReader.Open(content.Path, name, content.Source.MaxPartBytes);
                    return new RegistryContentReader(list.Kind.SourceListName(), list.ReadRows(), hasUnits: true, hasOffices: false, list);
                }

                return FromWebService(Dir3WebServiceReader.OpenZip(content.Path, name));
            }

            if (sniffed == SniffedContent.Text)
            {
                return FromWebService(Dir3WebServiceReader.OpenFile(content.Path, name));
            }

            throw new RegistryFormatException(name, $"is not a DIR3 list (XLSX), a ZIP of DIR3 CSV files or a DIR3 CSV file; its content is {sniffed}.");
        }

        return sniffed switch
        {
            SniffedContent.Xml => new RegistryContentReader("SIA-XML", SiaResponseReader.ReadRows(content.Path, name), false, false, null),
            SniffedContent.Text => new RegistryContentReader("SIA-CSV", SiaCsvReader.ReadRows(content.Path, name), false, false, null),
            _ => throw new RegistryFormatException(name, $"is not a SIA response (XML) or SIA CSV file; its content is {sniffed}."),
        };
    }

    private static RegistryContentReader FromWebService(Dir3WebServiceReader reader)
        => new(Dir3List.WebService.SourceListName(), reader.ReadRows(), reader.HasUnits, reader.HasOffices, reader);

    private static bool IsSpreadsheet(string path, string name)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            return zip.GetEntry("xl/workbook.xml") is not null || zip.Entries.Any(e => e.FullName.StartsWith("xl/", StringComparison.Ordinal));
        }
        catch (InvalidDataException e)
        {
            throw new RegistryFormatException(name, $"is a damaged ZIP archive ({e.Message}); it may be truncated.", e);
        }
    }

    public void Dispose() => _resource?.Dispose();
}
