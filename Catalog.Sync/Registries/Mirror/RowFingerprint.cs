using Catalog.Domain.Registries;

namespace Catalog.Sync.Registries.Mirror;

/// <summary>
/// A 64-bit FNV-1a hash of a row's registry facts as stored, so a rerun recognises unchanged rows by comparing one
/// number. Not cryptographic: a collision would only hide one change of one row until its next change.
/// </summary>
internal struct RowFingerprint
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    private ulong _hash;

    public static RowFingerprint Create() => new() { _hash = Offset };

    public void Add(object? value)
    {
        switch (value)
        {
            case null:
                AddChar('\u0000');
                break;
            case string text:
                AddText(text);
                break;
            case System.Collections.IEnumerable items:
                // Lists (coded values, legal references) hash item by item, with their count.
                var count = 0;
                foreach (var item in items)
                {
                    Add(item);
                    count++;
                }

                AddText(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                break;
            case CodedValue coded:
                AddText(coded.Code);
                AddChar('\u001E');
                AddText(coded.Description);
                break;
            case SiaLegalReference reference:
                AddText(reference.Rank);
                AddChar('\u001E');
                AddText(reference.Number);
                AddChar('\u001E');
                AddText(reference.Title);
                break;
            case IFormattable formattable:
                AddText(formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                AddText(value.ToString());
                break;
        }

        // A separator, so ("ab", "c") and ("a", "bc") differ.
        AddChar('\u001F');
    }

    public readonly long Value => unchecked((long)_hash);

    private void AddText(string? text)
    {
        AddChar('\u0001');
        foreach (var ch in text ?? string.Empty)
        {
            AddChar(ch);
        }
    }

    private void AddChar(char ch)
    {
        unchecked
        {
            _hash = (_hash ^ (byte)ch) * Prime;
            _hash = (_hash ^ (byte)(ch >> 8)) * Prime;
        }
    }
}
