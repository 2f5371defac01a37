using Catalog.Domain.Registries;
using nietras.SeparatedValues;

namespace Catalog.Sync.Registries.Sia;

/// <summary>
/// Reads SIA entries from a plain CSV, for administrations that export from the SIA web application instead of
/// calling the query service. The columns are the response's field names, found by header (any order):
/// <list type="bullet">
/// <item>required: <c>CODIGOACTUACION</c>, <c>DENOMINACION</c>;</item>
/// <item>single values: <c>TIPOACTUACION</c>, <c>DESCRIPCION</c>, <c>CODORGANISMORESPONSABLEN1</c> … <c>N9</c>,
/// <c>CODTIPOLOGIA</c>, <c>DESTIPOLOGIA</c>, <c>CODEFECTOSILENCIO</c>, <c>DESEFECTOSILENCIO</c>,
/// <c>NUMEROPLAZORESOLUCION</c>, <c>CODTIPOPLAZORESOLUCION</c>, <c>DESTIPOPLAZORESOLUCION</c>, <c>FINVIA</c> (S/N),
/// <c>CODNIVELADMINISTRACIONELECTRONICA</c>, <c>DESNIVELADMINISTRACIONELECTRONICA</c>, <c>CODESTADOACTUACION</c>,
/// <c>DESESTADOACTUACION</c>, <c>FECHAULTIMAACTUALIZACION</c>;</item>
/// <item>lists, items separated by <c>|</c>, each <c>code:description</c>: <c>INICIOS</c>, <c>AQUIENESVADIRIGIDO</c>,
/// <c>MATERIAS</c>; and <c>NORMATIVAS</c>, each item <c>rank:number:title</c> (the title may contain colons).</item>
/// </list>
/// The separator is <c>;</c>, the encoding UTF-8, quotes as RFC 4180. An unknown column is an error, so a misspelt
/// header does not drop a field silently.
/// </summary>
public static class SiaCsvReader
{
    private static readonly string[] SingleColumns =
    [
        "CODIGOACTUACION", "TIPOACTUACION", "DENOMINACION", "DESCRIPCION", "CODTIPOLOGIA", "DESTIPOLOGIA", "CODEFECTOSILENCIO",
        "DESEFECTOSILENCIO", "NUMEROPLAZORESOLUCION", "CODTIPOPLAZORESOLUCION", "DESTIPOPLAZORESOLUCION", "FINVIA",
        "CODNIVELADMINISTRACIONELECTRONICA", "DESNIVELADMINISTRACIONELECTRONICA", "CODESTADOACTUACION", "DESESTADOACTUACION",
        "FECHAULTIMAACTUALIZACION", "INICIOS", "AQUIENESVADIRIGIDO", "MATERIAS", "NORMATIVAS",
    ];

    /// <summary>Every column the reader knows, in the order a writer should use.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        SingleColumns.Take(4).Concat(Enumerable.Range(1, 9).Select(n => $"CODORGANISMORESPONSABLEN{n}")).Concat(SingleColumns.Skip(4)).ToArray();

    /// <summary>The entries of a SIA CSV file, in order, each accepted or rejected.</summary>
    public static IEnumerable<RegistryRow> ReadRows(string path, string displayName)
    {
        using var reader = SemicolonCsv.Open(options => options.FromFile(path), displayName);
        var header = reader.Header.ColNames.Select(n => n.Trim().ToUpperInvariant()).ToArray();
        var unknown = header.Where(h => !Columns.Contains(h)).ToArray();
        if (unknown.Length > 0)
        {
            throw new RegistryFormatException(displayName, $"has unknown columns {string.Join(", ", unknown)}; the SIA CSV columns are {string.Join(", ", Columns)}.");
        }

        foreach (var required in new[] { "CODIGOACTUACION", "DENOMINACION" })
        {
            if (!header.Contains(required))
            {
                throw new RegistryFormatException(displayName, $"has no {required} column; it is required.");
            }
        }

        var values = new string[header.Length];
        while (SemicolonCsv.Next(reader, displayName, values, out var line, out var count))
        {
            var at = new RowLocation(displayName, line);
            yield return count != header.Length
                ? new RejectedRow(at, null, RejectionReason.WrongColumnCount, $"The row has {count} columns; the header has {header.Length}.")
                : Map(at, header, values);
        }
    }

    private static RegistryRow Map(RowLocation at, string[] header, string[] values)
    {
        string? Get(string column) => Array.IndexOf(header, column) is var i and >= 0 ? SiaEntryDraft.Clean(values[i]) : null;
        var draft = new SiaEntryDraft
        {
            Code = Get("CODIGOACTUACION"),
            Kind = Get("TIPOACTUACION"),
            Name = Get("DENOMINACION"),
            Description = Get("DESCRIPCION"),
            Typology = SiaEntryDraft.Coded(Get("CODTIPOLOGIA"), Get("DESTIPOLOGIA")),
            SilenceEffect = SiaEntryDraft.Coded(Get("CODEFECTOSILENCIO"), Get("DESEFECTOSILENCIO")),
            TermAmount = Get("NUMEROPLAZORESOLUCION"),
            TermUnit = SiaEntryDraft.Coded(Get("CODTIPOPLAZORESOLUCION"), Get("DESTIPOPLAZORESOLUCION")),
            EndsRoute = Get("FINVIA"),
            ElectronicLevel = SiaEntryDraft.Coded(Get("CODNIVELADMINISTRACIONELECTRONICA"), Get("DESNIVELADMINISTRACIONELECTRONICA")),
            Status = SiaEntryDraft.Coded(Get("CODESTADOACTUACION"), Get("DESESTADOACTUACION")),
            LastUpdated = Get("FECHAULTIMAACTUALIZACION"),
        };

        for (var n = 1; n <= 9; n++)
        {
            draft.Organisms.Add(Get($"CODORGANISMORESPONSABLEN{n}"));
        }

        draft.Initiations.AddRange(Items(Get("INICIOS"), 2).Select(p => SiaEntryDraft.Coded(p[0], p[1])).OfType<CodedValue>());
        draft.Recipients.AddRange(Items(Get("AQUIENESVADIRIGIDO"), 2).Select(p => SiaEntryDraft.Coded(p[0], p[1])).OfType<CodedValue>());
        draft.Subjects.AddRange(Items(Get("MATERIAS"), 2).Select(p => SiaEntryDraft.Coded(p[0], p[1])).OfType<CodedValue>());
        draft.LegalBasis.AddRange(Items(Get("NORMATIVAS"), 3).Select(p => new SiaLegalReference(p[0], p[1], p[2])));
        return draft.Build(at, field => field);
    }

    /// <summary>Splits <c>a:b|c:d</c> into items of at most <paramref name="parts"/> parts (the last part keeps any colon).</summary>
    private static IEnumerable<string?[]> Items(string? text, int parts)
    {
        if (text is null)
        {
            yield break;
        }

        foreach (var item in text.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var split = item.Split(':', parts, StringSplitOptions.TrimEntries);
            var result = new string?[parts];
            for (var i = 0; i < parts; i++)
            {
                result[i] = i < split.Length ? SiaEntryDraft.Clean(split[i]) : null;
            }

            yield return result;
        }
    }
}
