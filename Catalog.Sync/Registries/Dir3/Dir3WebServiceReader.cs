using System.Globalization;
using System.IO.Compression;
using Catalog.Domain.Registries;
using nietras.SeparatedValues;

namespace Catalog.Sync.Registries.Dir3;

/// <summary>
/// Reads the CSV files of the DIR3 download web services (<c>SD01UN_DescargaUnidades</c>, <c>SD02OF_DescargaOficinas</c>),
/// given as the ZIP they return, as a folder of the extracted files, or as one file. Rows stream from the files;
/// files other than the four below (contacts, services…) are not mirrored and are left unread.
/// </summary>
/// <remarks>
/// The files are <c>;</c>-separated UTF-8 with a header row. Columns are taken by position, as GovernIB/dir3caib's
/// <c>ImportadorUnidadesBean</c> and <c>ImportadorOficinasBean</c> read them (the layout with unit versions):
/// <list type="bullet">
/// <item><c>Unidades.csv</c> (at least 56 columns): 0 code, 1 version, 2 name, 5 status, 6 NIF, 8 administration
/// level, 9 hierarchy level, 11 superior unit, 14 root unit, 17 is-EDP flag, 18 principal EDP, 21 public entity type,
/// 27 province, 34 official start date.</item>
/// <item><c>HistoricosUO.csv</c> (at least 9): 0 former unit, 1 its version, 3 successor unit, 4 its version,
/// 6 status, 7 reason of the link, 8 extinction remark.</item>
/// <item><c>Oficinas.csv</c> (at least 28): 0 code, 1 name, 2 status, 3 administration level, 4 office type,
/// 5 responsible unit, 12 official start date, 16 street, 17 number, 19 postal code, 22 province, 23 locality.</item>
/// <item><c>RelacionesOrganizativasOFI.csv</c> (at least 5): 0 office, 2 unit, 4 status.</item>
/// </list>
/// </remarks>
public sealed class Dir3WebServiceReader : IDisposable
{
    /// <summary>The units file.</summary>
    public const string UnitsFile = "Unidades.csv";
    /// <summary>The unit history file (former unit → successor).</summary>
    public const string HistoryFile = "HistoricosUO.csv";
    /// <summary>The offices file.</summary>
    public const string OfficesFile = "Oficinas.csv";
    /// <summary>The office-unit relations file.</summary>
    public const string RelationsFile = "RelacionesOrganizativasOFI.csv";

    private static readonly (string Name, int MinColumns)[] Files =
    [
        (UnitsFile, 56), (HistoryFile, 9), (OfficesFile, 28), (RelationsFile, 5),
    ];

    private readonly Dictionary<string, Func<Stream>> _files;
    private readonly string? _container;
    private readonly ZipArchive? _zip;

    private Dir3WebServiceReader(Dictionary<string, Func<Stream>> files, string? container, ZipArchive? zip)
    {
        _files = files;
        _container = container;
        _zip = zip;
        if (!Files.Any(f => _files.ContainsKey(f.Name)))
        {
            _zip?.Dispose();
            throw new RegistryFormatException(container ?? "(no file)",
                $"holds none of the DIR3 web-service files {string.Join(", ", Files.Select(f => f.Name))}.");
        }
    }

    /// <summary>True when the download has the units file.</summary>
    public bool HasUnits => _files.ContainsKey(UnitsFile);

    /// <summary>True when the download has the offices file.</summary>
    public bool HasOffices => _files.ContainsKey(OfficesFile);

    /// <summary>A folder of extracted files.</summary>
    public static Dir3WebServiceReader OpenFolder(string folder)
    {
        var files = new Dictionary<string, Func<Stream>>(StringComparer.OrdinalIgnoreCase);
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            files[Path.GetFileName(path)] = () => File.OpenRead(path);
        }

        return new Dir3WebServiceReader(files, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), null);
    }

    /// <summary>One file, told by its name.</summary>
    public static Dir3WebServiceReader OpenFile(string path, string displayName)
    {
        var name = Path.GetFileName(path);
        if (!Files.Any(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new RegistryFormatException(displayName,
                $"is a text file, but not one of the DIR3 web-service files {string.Join(", ", Files.Select(f => f.Name))}; the file name tells which one it is.");
        }

        return new Dir3WebServiceReader(new(StringComparer.OrdinalIgnoreCase) { [name] = () => File.OpenRead(path) }, null, null);
    }

    /// <summary>The ZIP the download services return.</summary>
    public static Dir3WebServiceReader OpenZip(string path, string displayName)
    {
        ZipArchive zip;
        try
        {
            zip = ZipFile.OpenRead(path);
        }
        catch (InvalidDataException e)
        {
            throw new RegistryFormatException(displayName, $"is a damaged ZIP archive ({e.Message}); it may be truncated.", e);
        }

        var files = new Dictionary<string, Func<Stream>>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries.Where(e => e.Name.Length > 0))
        {
            files[entry.Name] = entry.Open;
        }

        return new Dir3WebServiceReader(files, displayName, zip);
    }

    /// <summary>Rows of every present file, units first, then history, offices and relations.</summary>
    public IEnumerable<RegistryRow> ReadRows()
    {
        foreach (var (name, minColumns) in Files)
        {
            if (!_files.TryGetValue(name, out var open))
            {
                continue;
            }

            Func<RowLocation, string[], RegistryRow> map = name switch
            {
                UnitsFile => MapUnit,
                HistoryFile => MapSuccession,
                OfficesFile => MapOffice,
                _ => MapRelation,
            };
            foreach (var row in ReadFile(name, minColumns, open, map))
            {
                yield return row;
            }
        }
    }

    private IEnumerable<RegistryRow> ReadFile(string name, int minColumns, Func<Stream> open, Func<RowLocation, string[], RegistryRow> map)
    {
        var display = _container is null ? name : $"{_container}/{name}";
        using var stream = open();
        using var reader = SemicolonCsv.Open(options => options.From(stream), display);
        var columns = reader.Header.ColNames.Count;
        if (columns < minColumns)
        {
            throw new RegistryFormatException(display, $"has {columns} columns in its header; the DIR3 layout of {name} has at least {minColumns}. Is the separator ';'?");
        }

        var values = new string[columns];
        while (SemicolonCsv.Next(reader, display, values, out var line, out var count))
        {
            var at = new RowLocation(display, line);
            yield return count != columns
                ? new RejectedRow(at, null, RejectionReason.WrongColumnCount, $"The row has {count} columns; the header has {columns}.")
                : map(at, values);
        }
    }

    private static RegistryRow MapUnit(RowLocation at, string[] f)
        => Dir3Fields.Unit(at, Dir3List.WebService.SourceListName(), new(f[0], "1 (code)"), new(f[2], "3 (name)"), new(f[8], "9 (administration level)"),
            new(f[9], "10 (hierarchy level)"), new(f[11], "12 (superior unit)"), new(f[14], "15 (root unit)"), new(f[18], "19 (principal EDP)"),
            new(f[5], "6 (status)"), new(f[27], "28 (province)"), new(f[21], "22 (entity type)"), new(f[34], "35 (start date)"), new(f[6], "7 (NIF)"));

    private static RegistryRow MapSuccession(RowLocation at, string[] f)
    {
        if (!Dir3Fields.TryCode(f[0], required: true, at, "1 (former unit)", out var former, out var rejection)
            || !Dir3Fields.TryCode(f[3], required: true, at, "4 (successor unit)", out var successor, out rejection))
        {
            return rejection!;
        }

        var reason = Dir3Fields.Text(f[7]);
        return !Dir3Fields.TryLength(reason, 100, at, "8 (reason)", out rejection)
            ? rejection!
            : new SuccessionRow(at, new UnitSuccession(former!, successor!) { Reason = reason });
    }

    private static RegistryRow MapOffice(RowLocation at, string[] f)
    {
        if (!Dir3Fields.TryCode(f[0], required: true, at, "1 (code)", out var code, out var rejection)
            || !Dir3Fields.TryStatus(f[2], at, "3 (status)", out var status, out rejection)
            || !Dir3Fields.TryCode(f[5], required: false, at, "6 (responsible unit)", out var unit, out rejection)
            || !Dir3Fields.TryProvince(f[22], at, "23 (province)", out var province, out rejection)
            || !Dir3Fields.TryNumber(f[23], required: false, at, "24 (locality)", out var locality, out rejection))
        {
            return rejection!;
        }

        var name = Dir3Fields.Text(f[1]);
        if (name is null)
        {
            return new RejectedRow(at, "2 (name)", RejectionReason.MissingValue, $"Office {code} has no name.");
        }

        var street = string.Join(' ', new[] { f[16], f[17] }.Select(Dir3Fields.Text).OfType<string>());
        var address = street.Length == 0 ? null : street;
        var type = Dir3Fields.Text(f[4]);
        var postalCode = Dir3Fields.Text(f[19]);
        if (!Dir3Fields.TryLength(name, 500, at, "2 (name)", out rejection)
            || !Dir3Fields.TryLength(address, 500, at, "17 (street)", out rejection)
            || !Dir3Fields.TryLength(type, 100, at, "5 (office type)", out rejection)
            || !Dir3Fields.TryLength(postalCode, 10, at, "20 (postal code)", out rejection))
        {
            return rejection!;
        }

        return new OfficeRow(at, new Office(code!, name)
        {
            Status = status,
            ResponsibleUnitCode = unit,
            OfficeType = type,
            Address = address,
            PostalCode = postalCode,
            // A municipality is the province and a three-digit locality; other localities (foreign, minor) are not.
            MunicipalityIneCode = province is not null && locality is >= 1 and <= 999 ? province + locality.Value.ToString("000", CultureInfo.InvariantCulture) : null,
        });
    }

    private static RegistryRow MapRelation(RowLocation at, string[] f)
    {
        if (!Dir3Fields.TryCode(f[0], required: true, at, "1 (office)", out var office, out var rejection)
            || !Dir3Fields.TryCode(f[2], required: true, at, "3 (unit)", out var unit, out rejection)
            || !Dir3Fields.TryStatus(f[4], at, "5 (status)", out var status, out rejection))
        {
            return rejection!;
        }

        return new OfficeRelationRow(at, new OfficeUnitRelation(office!, unit!) { Status = status });
    }

    public void Dispose() => _zip?.Dispose();
}
