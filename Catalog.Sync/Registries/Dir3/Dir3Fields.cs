using System.Globalization;
using Catalog.Domain.Codes;
using Catalog.Domain.Registries;

namespace Catalog.Sync.Registries.Dir3;

/// <summary>
/// Validation of DIR3 fields shared by the list and web-service readers. Each check either gives the value or a
/// <see cref="RejectedRow"/> that names the row, the column and what is wrong.
/// </summary>
/// <summary>A field's text as read and how its column is named in messages.</summary>
internal readonly record struct Field(string? Value, string Column);

internal static class Dir3Fields
{
    /// <summary>
    /// Validates one unit's fields, as both DIR3 readers give them, into a unit row or the first rejection. Each field
    /// carries the name its column has in messages (<c>N (C_ID_ESTADO)</c>, <c>6 (status)</c>).
    /// </summary>
    public static RegistryRow Unit(RowLocation at, string sourceList, Field code, Field name, Field level, Field hierarchy, Field parent,
        Field principal, Field edp, Field status, Field province, Field entityType, Field date, Field nif)
    {
        if (!TryCode(code.Value, required: true, at, code.Column, out var unitCode, out var rejection)
            || !TryStatus(status.Value, at, status.Column, out var unitStatus, out rejection)
            || !TryNumber(level.Value, required: true, at, level.Column, out var unitLevel, out rejection)
            || !TryNumber(hierarchy.Value, required: false, at, hierarchy.Column, out var unitHierarchy, out rejection)
            || !TryCode(parent.Value, required: false, at, parent.Column, out var parentCode, out rejection)
            || !TryCode(principal.Value, required: false, at, principal.Column, out var principalCode, out rejection)
            || !TryCode(edp.Value, required: false, at, edp.Column, out var edpCode, out rejection)
            || !TryProvince(province.Value, at, province.Column, out var provinceCode, out rejection))
        {
            return rejection! with { Code = Text(code.Value) };
        }

        var unitName = Text(name.Value);
        if (unitName is null)
        {
            return new RejectedRow(at, name.Column, RejectionReason.MissingValue, $"Unit {unitCode} has no name.") { Code = unitCode };
        }

        var type = Text(entityType.Value);
        var officialDate = Text(date.Value);
        var unitNif = Text(nif.Value);
        if (!TryLength(unitName, 500, at, name.Column, out rejection)
            || !TryLength(type, 8, at, entityType.Column, out rejection)
            || !TryLength(officialDate, 32, at, date.Column, out rejection)
            || !TryLength(unitNif, 32, at, nif.Column, out rejection))
        {
            return rejection! with { Code = unitCode };
        }

        return new UnitRow(at, new OrganizationalUnit(unitCode!, unitName)
        {
            AdministrationLevel = unitLevel!.Value,
            EntityType = type,
            HierarchyLevel = unitHierarchy,
            ParentCode = parentCode,
            PrincipalCode = principalCode,
            EdpPrincipalCode = edpCode,
            Status = unitStatus,
            OfficialDate = officialDate,
            Nif = unitNif,
            ProvinceCode = provinceCode,
            SourceList = sourceList,
        });
    }

    public static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static bool TryCode(string? value, bool required, RowLocation at, string column, out string? code, out RejectedRow? rejection)
    {
        code = Text(value);
        rejection = null;
        if (code is null)
        {
            if (required)
            {
                rejection = new RejectedRow(at, column, RejectionReason.MissingValue, "The DIR3 code is empty.");
                return false;
            }

            return true;
        }

        if (!Dir3Code.TryParse(code, out _, out var error))
        {
            rejection = new RejectedRow(at, column, RejectionReason.InvalidCode, error);
            return false;
        }

        return true;
    }

    public static bool TryStatus(string? value, RowLocation at, string column, out RegistryStatus status, out RejectedRow? rejection)
    {
        rejection = null;
        if (RegistryStatusCodes.TryParse(value, out status))
        {
            return true;
        }

        rejection = new RejectedRow(at, column, RejectionReason.UnknownStatus,
            $"Status '{value?.Trim()}' is not a DIR3 status; expected V (vigente), E (extinguida), A (anulada) or T (transitoria).");
        return false;
    }

    /// <summary>Whole numbers as spreadsheets store them: <c>5</c>, or <c>5.0</c> when a cell was typed as a number.</summary>
    public static bool TryNumber(string? value, bool required, RowLocation at, string column, out int? number, out RejectedRow? rejection)
    {
        number = null;
        rejection = null;
        var text = Text(value);
        if (text is null)
        {
            if (!required)
            {
                return true;
            }

            rejection = new RejectedRow(at, column, RejectionReason.MissingValue, "A number is required here.");
            return false;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) && parsed == decimal.Truncate(parsed)
            && parsed is >= int.MinValue and <= int.MaxValue)
        {
            number = (int)parsed;
            return true;
        }

        rejection = new RejectedRow(at, column, RejectionReason.InvalidValue, $"'{text}' is not a whole number.");
        return false;
    }

    public static bool TryLength(string? value, int max, RowLocation at, string column, out RejectedRow? rejection)
    {
        rejection = value is not null && value.Length > max
            ? new RejectedRow(at, column, RejectionReason.TooLong, $"The value has {value.Length} characters; the mirror keeps at most {max}.")
            : null;
        return rejection is null;
    }

    /// <summary>A province code as two digits (<c>8</c> → <c>08</c>), or a rejection when it is not one.</summary>
    public static bool TryProvince(string? value, RowLocation at, string column, out string? province, out RejectedRow? rejection)
    {
        province = null;
        if (!TryNumber(value, required: false, at, column, out var number, out rejection))
        {
            return false;
        }

        if (number is null)
        {
            return true;
        }

        if (number is < 1 or > 99)
        {
            rejection = new RejectedRow(at, column, RejectionReason.InvalidValue, $"Province '{value}' is not a two-digit INE province code.");
            return false;
        }

        province = number.Value.ToString("00", CultureInfo.InvariantCulture);
        return true;
    }
}
