namespace Catalog.Api.Tests;

/// <summary>
/// No N+1: the batch loaders fetch each level of a query in one statement, so the number of SQL statements follows
/// the shape of the query, not the size of the page.
/// </summary>
public abstract class BatchingTests(ApiFixture fixture)
{
    private const string Query = """
        query($n: Int!) {
          cityProcedures(municipality: "28006", first: $n) {
            totalCount
            edges { node {
              localName
              referenceProcedure { code name }
              responsibleUnit { code name parent { code name } }
              siaEntry { code name }
            } }
          }
        }
        """;

    [SkippableFact]
    public async Task A_page_of_a_hundred_takes_as_many_statements_as_a_page_of_ten_and_at_most_six()
    {
        await using var host = fixture.CreateCountingHost();
        var (counter, client) = (host.Counter, host.Client);

        var ten = await CountAsync(client, counter, 10);
        var hundred = await CountAsync(client, counter, 100);

        Assert.Equal(ten, hundred);
        Assert.InRange(hundred, 1, 6);
    }

    [SkippableFact]
    public async Task A_chain_of_ancestors_takes_one_statement_per_level_for_the_whole_page()
    {
        await using var host = fixture.CreateCountingHost();
        var (counter, client) = (host.Counter, host.Client);

        var response = await client.PostAsync("{ cityProcedures(municipality: \"28006\", first: 100) { edges { node { responsibleUnit { ancestors { code } } } } } }");

        Assert.False(response.HasErrors, response.ToString());
        // The page with its units (joined), then the parents and the councils: one statement each, not one per procedure.
        Assert.Equal(3, counter.Count);
    }

    [SkippableFact]
    public async Task A_request_opens_its_database_connection_once()
    {
        var connections = new ConnectionCounter();
        await using var host = fixture.CreateCountingHost(connections);
        var (counter, client) = (host.Counter, host.Client);
        await client.PostAsync("{ __typename }");
        counter.Reset();
        connections.Reset();

        var response = await client.PostAsync("""
            { a: cityProcedures(municipality: "28006", first: 20) { totalCount edges { node { responsibleUnit { ancestors { code } } } } }
              b: municipality(code: "28006") { name } }
            """);

        Assert.False(response.HasErrors, response.ToString());
        Assert.True(counter.Count >= 4, $"{counter.Count} statements");
        Assert.Equal(1, connections.Opened);
    }

    private static async Task<int> CountAsync(HttpClient client, StatementCounter counter, int pageSize)
    {
        counter.Reset();
        var response = await client.PostAsync(Query, new { n = pageSize });
        Assert.False(response.HasErrors, response.ToString());
        Assert.Equal(pageSize, response.Data.GetProperty("cityProcedures").GetProperty("edges").GetArrayLength());
        Assert.All(response.Data.GetProperty("cityProcedures").GetProperty("edges").EnumerateArray(),
            edge => Assert.Equal("Área de Urbanismo", edge.GetProperty("node").GetProperty("responsibleUnit").GetProperty("parent").GetProperty("name").GetString()));
        return counter.Count;
    }
}

public sealed class SqliteBatchingTests(SqliteApiFixture fixture) : BatchingTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class PostgresBatchingTests(PostgresApiFixture fixture) : BatchingTests(fixture), IClassFixture<PostgresApiFixture>;
