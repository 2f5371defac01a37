using nietras.SeparatedValues;

namespace Catalog.Sync.Registries;

/// <summary>
/// The <c>;</c>-separated, UTF-8, quoted CSV both the DIR3 web services and the SIA CSV form use, read with Sep.
/// Column counts are checked by the readers (a wrong count rejects the row, it does not stop the file).
/// </summary>
internal static class SemicolonCsv
{
    public static SepReader Open(Func<SepReaderOptions, SepReader> from, string display)
    {
        try
        {
            return from(Sep.Reader(o => o with { Sep = new Sep(';'), HasHeader = true, Unescape = true, DisableColCountCheck = true }));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or ArgumentException)
        {
            throw new RegistryFormatException(display, $"cannot be read as CSV ({e.Message}).", e);
        }
    }

    /// <summary>Moves to the next row and copies its fields into <paramref name="values"/> (up to its length).</summary>
    public static bool Next(SepReader reader, string display, string[] values, out long line, out int count)
    {
        try
        {
            line = 0;
            count = 0;
            if (!reader.MoveNext())
            {
                return false;
            }

            var row = reader.Current;
            line = row.LineNumberFrom;
            count = row.ColCount;
            for (var i = 0; i < Math.Min(count, values.Length); i++)
            {
                values[i] = row[i].ToString();
            }

            return true;
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new RegistryFormatException(display, $"cannot be read to the end ({e.Message}); the file or archive may be truncated.", e);
        }
    }
}
