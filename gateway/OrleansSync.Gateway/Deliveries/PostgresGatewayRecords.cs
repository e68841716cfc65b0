using Microsoft.Extensions.Options;
using Npgsql;
using OrleansSync.Runtime.Configuration;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>
/// Kept deliveries and erase audits in the grid's PostgreSQL schema, through the process's one
/// <see cref="NpgsqlDataSource"/>. Tables: <c>gateway_deliveries</c>, <c>gateway_erasure_audit</c>.
/// </summary>
public sealed partial class PostgresGatewayRecords(NpgsqlDataSource dataSource, IOptions<GridOptions> options) : IDeliveryLog, IErasureAuditLog
{
    // Any constant shared by every gateway; serialises concurrent schema creation (CREATE ... IF NOT EXISTS races otherwise).
    private const long SchemaLockKey = 0x6761_7465_7761_7901;

    private readonly string _schema = options.Value.Schema;

    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            SELECT pg_advisory_xact_lock({SchemaLockKey});
            CREATE SCHEMA IF NOT EXISTS {_schema};
            CREATE TABLE IF NOT EXISTS {_schema}.gateway_deliveries (
                id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                kind           text        NOT NULL,
                platform       text        NOT NULL,
                store_id       text        NOT NULL,
                topic          text,
                status_code    integer     NOT NULL,
                reason         text        NOT NULL,
                headers        jsonb       NOT NULL,
                body           bytea       NOT NULL,
                body_truncated boolean     NOT NULL,
                delivery_key   text,
                emails         text[]      NOT NULL,
                received_at    timestamptz NOT NULL);
            CREATE UNIQUE INDEX IF NOT EXISTS gateway_deliveries_quarantine_key
                ON {_schema}.gateway_deliveries (delivery_key) WHERE kind = 'Quarantined';
            CREATE INDEX IF NOT EXISTS gateway_deliveries_emails ON {_schema}.gateway_deliveries USING gin (emails);
            CREATE TABLE IF NOT EXISTS {_schema}.gateway_erasure_audit (
                seq               bigint GENERATED ALWAYS AS IDENTITY,
                request_id        text        PRIMARY KEY,
                email_sha256      text        NOT NULL,
                portal_ids        text[]      NOT NULL,
                requested_by      text        NOT NULL,
                reason            text,
                deliveries_erased integer     NOT NULL,
                requested_at      timestamptz NOT NULL);
            """,
            connection,
            transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
