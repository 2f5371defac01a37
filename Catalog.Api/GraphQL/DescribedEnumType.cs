using System.Text;
using GraphQL.Types;

namespace Catalog.Api.GraphQL;

/// <summary>
/// A GraphQL enum over a domain enum, each value with its description. Values are named in CONSTANT_CASE; only the
/// listed values are exposed (so a flags enum's <c>None</c> stays out).
/// </summary>
public abstract class DescribedEnumType<TEnum> : EnumerationGraphType
    where TEnum : struct, Enum
{
    protected DescribedEnumType(string name, string description, IReadOnlyDictionary<TEnum, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        Name = name;
        Description = description;
        foreach (var (value, text) in values)
        {
            Add(ConstantCase(value.ToString()), value, text);
        }
    }

    /// <summary><c>OnApplication</c> → <c>ON_APPLICATION</c>.</summary>
    public static string ConstantCase(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                text.Append('_');
            }

            text.Append(char.ToUpperInvariant(name[i]));
        }

        return text.ToString();
    }
}

/// <summary>Ascending or descending.</summary>
public enum SortDirection
{
    Asc,
    Desc,
}

/// <summary>The GraphQL enum for <see cref="SortDirection"/>.</summary>
public sealed class SortDirectionType : DescribedEnumType<SortDirection>
{
    public SortDirectionType() : base("SortDirection", "Which way a list is sorted.", new Dictionary<SortDirection, string>
    {
        [SortDirection.Asc] = "Smallest first (A to Z, oldest first).",
        [SortDirection.Desc] = "Largest first (Z to A, newest first).",
    })
    {
    }
}
