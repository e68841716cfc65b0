using Microsoft.Extensions.Options;
using Npgsql;
using OrleansSync.Gateway.Storage;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// Kept deliveries and erase audits in the gateway's PostgreSQL schema, through the process's one
/// <see cref="NpgsqlDataSource"/>. Tables (see <see cref="GatewaySchema"/>): <c>gateway_deliveries</c>, <c>gateway_erasure_audit</c>.
/// </summary>
public sealed partial class PostgresGatewayRecords(NpgsqlDataSource dataSource, IOptions<StorageOptions> options) : IDeliveryLog, IErasureAuditLog
{
    private readonly string _schema = options.Value.Schema;
}
