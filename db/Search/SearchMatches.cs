using System.Globalization;
using Catalog.Domain.Language;
using Microsoft.EntityFrameworkCore;

namespace Catalog.Db.Search;

/// <summary>What a search looks in.</summary>
public enum SearchKind
{
    Municipality,
    ReferenceProcedure,
    CityProcedure,
}

/// <summary>One object the full-text engine matched: its key (INE code or id), its name and its indexed text.</summary>
public sealed record SearchMatch(SearchKind Kind, string Key, string Name, string Indexed);

/// <summary>
/// Asks the database's full-text engine for the objects of one kind whose indexed text holds every term of a query:
/// FTS5 <c>MATCH</c> on SQLite, <c>@@ to_tsquery('spanish', …)</c> on PostgreSQL, <c>CONTAINSTABLE</c> on SQL Server;
/// best first by the engine's own rank (BM25, <c>ts_rank</c>, full-text rank), then by key. When more than
/// <see cref="RankedAtMost"/> objects match (a word in nearly every name), the engine's rank says little and costs a
/// pass over them all (about 30 ms for 23,000 matches on SQLite), so the first by key are taken: the caller ranks what
/// it gets, and the person narrows the words.
/// </summary>
public static class SearchMatches
{
    /// <summary>The most matches the engine ranks; beyond, matches are taken by key.</summary>
    public const int RankedAtMost = 2_000;

    private sealed record Table(string Name, string Key, string NameColumn, string Fts);

    private static readonly Dictionary<SearchKind, Table> Tables = new()
    {
        [SearchKind.Municipality] = new("Municipalities", "IneCode", "Name", "MunicipalitySearch"),
        [SearchKind.ReferenceProcedure] = new("ReferenceProcedures", "Id", "Name", "ReferenceProcedureSearch"),
        [SearchKind.CityProcedure] = new("CityProcedures", "Id", "LocalName", "CityProcedureSearch"),
    };

    /// <summary>The best <paramref name="take"/> matches of one kind and how many there are in all.</summary>
    public static async Task<(IReadOnlyList<SearchMatch> Matches, int Total)> FindAsync(CatalogDbContext db, SearchKind kind, SearchQuery query,
        string? municipalityIneCode, int take, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(query);
        if (query.IsEmpty)
        {
            return ([], 0);
        }

        var terms = query.Terms.ToList();
        if (municipalityIneCode is not null)
        {
            var token = SearchText.MunicipalityToken(municipalityIneCode);
            terms.Add(new SearchTerm(token, Prefix: false, municipalityIneCode, [token]));
        }

        var table = Tables[kind];
        var expression = Expression(db.Provider, terms);
        var total = await db.Database.SqlQueryRaw<int>(Count(db.Provider, table), expression).SingleAsync(cancellationToken);
        if (total == 0 || take <= 0)
        {
            return ([], total);
        }

        var ranked = total <= RankedAtMost;
        var rows = db.Provider switch
        {
            DatabaseProvider.Sqlite => Sqlite(table, ranked),
            DatabaseProvider.PostgreSql => PostgreSql(table, ranked),
            _ => SqlServer(table, ranked),
        };
        var found = await db.Database.SqlQueryRaw<Row>(rows, expression, take).ToListAsync(cancellationToken);
        return (found.Select(r => new SearchMatch(kind, r.Key, r.Name, r.Indexed ?? string.Empty)).ToList(), total);
    }

    /// <summary>
    /// The query in the engine's own syntax: every term (AND); a synonym group's term as its token OR all its words.
    /// Tokens are letters and digits only (<see cref="SearchText"/>), quoted all the same.
    /// </summary>
    private static string Expression(DatabaseProvider provider, IReadOnlyList<SearchTerm> terms)
    {
        var (and, or, word, exact) = provider switch
        {
            DatabaseProvider.Sqlite => (" AND ", " OR ", (Func<string, string>)(w => $"\"{w}\"*"), (Func<string, string>)(t => $"\"{t}\"")),
            DatabaseProvider.PostgreSql => (" & ", " | ", w => $"{w}:*", t => t),
            _ => (" AND ", " OR ", w => $"\"{w}*\"", t => $"\"{t}\""),
        };
        return string.Join(and, terms.Select(t => t.IsGroup && t.Words.Count > 0
            ? $"({exact(t.Token)}{or}({string.Join(and, t.Words.Select(word))}))"
            : t.Prefix && !t.IsGroup ? word(t.Token) : exact(t.Token)));
    }

    private static string Count(DatabaseProvider provider, Table t) => provider switch
    {
        DatabaseProvider.Sqlite => $"SELECT count(*) AS \"Value\" FROM \"{t.Fts}\" WHERE \"{t.Fts}\" MATCH {{0}}",
        DatabaseProvider.PostgreSql => $"SELECT count(*)::int AS \"Value\" FROM \"{t.Name}\" o WHERE o.\"SearchVector\" @@ to_tsquery('spanish', {{0}})",
        DatabaseProvider.SqlServer => $"SELECT count(*) AS [Value] FROM CONTAINSTABLE([{t.Name}], [SearchText], {{0}}, LANGUAGE 3082)",
        _ => throw new NotSupportedException($"Search is not written for {provider}."),
    };

    private static string Sqlite(Table t, bool ranked)
    {
        // Municipalities are keyed by their INE code, which the FTS table keeps as its integer rowid; either way the
        // rowid's order is the key's, and FTS5 hands rows out in it, so ordering by it sorts nothing (ordering by the
        // joined key sorted every match: 128 ms for 500,000).
        var join = t.Key == "IneCode" ? $"o.\"IneCode\" = printf('%05d', s.rowid)" : $"o.\"{t.Key}\" = s.rowid";
        return $$"""
            SELECT CAST(o."{{t.Key}}" AS TEXT) AS "Key", o."{{t.NameColumn}}" AS "Name", o."SearchText" AS "Indexed"
            FROM "{{t.Fts}}" s JOIN "{{t.Name}}" o ON {{join}}
            WHERE "{{t.Fts}}" MATCH {0}
            ORDER BY {{(ranked ? "s.rank, " : string.Empty)}}s.rowid
            LIMIT {1}
            """;
    }

    private static string PostgreSql(Table t, bool ranked)
        => $$"""
            SELECT o."{{t.Key}}"::text AS "Key", o."{{t.NameColumn}}" AS "Name", o."SearchText" AS "Indexed"
            FROM "{{t.Name}}" o, to_tsquery('spanish', {0}) q
            WHERE o."SearchVector" @@ q
            ORDER BY {{(ranked ? "ts_rank(o.\"SearchVector\", q) DESC, " : string.Empty)}}o."{{t.Key}}"
            LIMIT {1}
            """;

    private static string SqlServer(Table t, bool ranked)
        => $$"""
            SELECT TOP ({1}) CAST(o.[{{t.Key}}] AS nvarchar(20)) AS [Key], o.[{{t.NameColumn}}] AS [Name], o.[SearchText] AS [Indexed]
            FROM CONTAINSTABLE([{{t.Name}}], [SearchText], {0}, LANGUAGE 3082) s JOIN [{{t.Name}}] o ON o.[{{t.Key}}] = s.[KEY]
            ORDER BY {{(ranked ? "s.[RANK] DESC, " : string.Empty)}}o.[{{t.Key}}]
            """;

    private sealed class Row
    {
        public string Key { get; set; } = string.Empty;

        public string Name { get; set; } = string.Empty;

        public string? Indexed { get; set; }
    }

    /// <summary>Parses the key of a procedure match.</summary>
    public static long IdOf(SearchMatch match)
    {
        ArgumentNullException.ThrowIfNull(match);
        return long.Parse(match.Key, CultureInfo.InvariantCulture);
    }
}
