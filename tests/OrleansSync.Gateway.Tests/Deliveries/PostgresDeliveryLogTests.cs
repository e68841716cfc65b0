using Microsoft.Extensions.Options;
using Npgsql;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Storage;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Deliveries;

public sealed class PostgresDeliveryLogTests : DeliveryLogConformance, IDisposable
{
    private readonly List<NpgsqlDataSource> _dataSources = [];

    [Fact]
    public Task Record_RejectedAndQuarantined_ListsByKindAndGetsEverythingBack_Postgres() => Record_RejectedAndQuarantined_ListsByKindAndGetsEverythingBack();

    [Fact]
    public Task Record_SameQuarantinedKeyTwice_KeepsItOnce_Postgres() => Record_SameQuarantinedKeyTwice_KeepsItOnce();

    [Fact]
    public Task EraseByEmail_RecordsNamingTheEmail_AreDeletedOthersKept_Postgres() => EraseByEmail_RecordsNamingTheEmail_AreDeletedOthersKept();

    [Fact]
    public Task Audit_RepeatedRequestId_IsKeptOnceNewestFirst_Postgres() => Audit_RepeatedRequestId_IsKeptOnceNewestFirst();

    [Fact]
    public async Task EnsureCreated_TwoGatewaysStartingTogether_BothSucceed()
    {
        var schema = TestPostgres.NewSchema("gwc");
        var first = DataSource();
        var second = DataSource();

        await Task.WhenAll(
            GatewaySchema.EnsureCreatedAsync(first, schema, CancellationToken.None),
            GatewaySchema.EnsureCreatedAsync(second, schema, CancellationToken.None),
            GatewaySchema.EnsureCreatedAsync(first, schema, CancellationToken.None));

        Assert.Empty(await new PostgresGatewayRecords(second, Options.Create(new StorageOptions { Schema = schema })).ListAsync(null, 0, 1, CancellationToken.None));
    }

    public void Dispose()
    {
        foreach (var dataSource in _dataSources)
        {
            dataSource.Dispose();
        }
    }

    protected override async Task<(IDeliveryLog Log, IErasureAuditLog Audit)> CreateAsync()
    {
        var schema = TestPostgres.NewSchema("gwd");
        var dataSource = DataSource();
        await GatewaySchema.EnsureCreatedAsync(dataSource, schema, CancellationToken.None);
        var records = new PostgresGatewayRecords(dataSource, Options.Create(new StorageOptions { Schema = schema }));
        return (records, records);
    }

    private NpgsqlDataSource DataSource()
    {
        var dataSource = NpgsqlDataSource.Create(TestPostgres.RequiredConnectionString);
        _dataSources.Add(dataSource);
        return dataSource;
    }
}
