using Microsoft.Extensions.Options;
using Npgsql;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Runtime.Configuration;
using OrleansSync.Runtime.Testing;

namespace OrleansSync.Gateway.Tests.Deliveries;

public sealed class PostgresDeliveryLogTests : DeliveryLogConformance, IDisposable
{
    private readonly List<NpgsqlDataSource> _dataSources = [];

    [PostgresFact]
    public Task Record_RejectedAndQuarantined_ListsByKindAndGetsEverythingBack_Postgres() => Record_RejectedAndQuarantined_ListsByKindAndGetsEverythingBack();

    [PostgresFact]
    public Task Record_SameQuarantinedKeyTwice_KeepsItOnce_Postgres() => Record_SameQuarantinedKeyTwice_KeepsItOnce();

    [PostgresFact]
    public Task EraseByEmail_RecordsNamingTheEmail_AreDeletedOthersKept_Postgres() => EraseByEmail_RecordsNamingTheEmail_AreDeletedOthersKept();

    [PostgresFact]
    public Task Audit_RepeatedRequestId_IsKeptOnceNewestFirst_Postgres() => Audit_RepeatedRequestId_IsKeptOnceNewestFirst();

    [PostgresFact]
    public async Task EnsureCreated_TwoGatewaysStartingTogether_BothSucceed()
    {
        var options = Options.Create(new GridOptions { Schema = TestPostgres.NewSchema("gwc") });
        var first = new PostgresGatewayRecords(DataSource(), options);
        var second = new PostgresGatewayRecords(DataSource(), options);

        await Task.WhenAll(first.EnsureCreatedAsync(CancellationToken.None), second.EnsureCreatedAsync(CancellationToken.None), first.EnsureCreatedAsync(CancellationToken.None));

        Assert.Empty(await second.ListAsync(null, 0, 1, CancellationToken.None));
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
        var records = new PostgresGatewayRecords(DataSource(), Options.Create(new GridOptions { Schema = TestPostgres.NewSchema("gwd") }));
        await records.EnsureCreatedAsync(CancellationToken.None);
        return (records, records);
    }

    private NpgsqlDataSource DataSource()
    {
        var dataSource = NpgsqlDataSource.Create(TestPostgres.RequiredConnectionString);
        _dataSources.Add(dataSource);
        return dataSource;
    }
}
