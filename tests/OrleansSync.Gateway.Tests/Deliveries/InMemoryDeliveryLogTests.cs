using OrleansSync.Gateway.Deliveries;

namespace OrleansSync.Gateway.Tests.Deliveries;

public sealed class InMemoryDeliveryLogTests : DeliveryLogConformance
{
    [Fact]
    public Task Record_RejectedAndQuarantined_ListsByKindAndGetsEverythingBack_InMemory() => Record_RejectedAndQuarantined_ListsByKindAndGetsEverythingBack();

    [Fact]
    public Task Record_SameQuarantinedKeyTwice_KeepsItOnce_InMemory() => Record_SameQuarantinedKeyTwice_KeepsItOnce();

    [Fact]
    public Task EraseByEmail_RecordsNamingTheEmail_AreDeletedOthersKept_InMemory() => EraseByEmail_RecordsNamingTheEmail_AreDeletedOthersKept();

    [Fact]
    public Task Audit_RepeatedRequestId_IsKeptOnceNewestFirst_InMemory() => Audit_RepeatedRequestId_IsKeptOnceNewestFirst();

    protected override Task<(IDeliveryLog Log, IErasureAuditLog Audit)> CreateAsync()
    {
        var records = new InMemoryGatewayRecords();
        return Task.FromResult<(IDeliveryLog, IErasureAuditLog)>((records, records));
    }
}
