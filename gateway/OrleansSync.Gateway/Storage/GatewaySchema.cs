using Npgsql;

namespace OrleansSync.Gateway.Storage;

/// <summary>
/// Every table the gateway owns, in one place: kept deliveries, erase audits and the pending-delivery queue. Created
/// idempotently at start under an advisory lock (concurrent <c>CREATE … IF NOT EXISTS</c> races otherwise), until the
/// DDL moves into the versioned migrations.
/// </summary>
public static class GatewaySchema
{
    // Any constant shared by every gateway; serialises concurrent schema creation.
    private const long SchemaLockKey = 0x6761_7465_7761_7901;

    public static async Task EnsureCreatedAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(Ddl(schema), connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static string Ddl(string schema) =>
        $"""
        SELECT pg_advisory_xact_lock({SchemaLockKey});
        CREATE SCHEMA IF NOT EXISTS {schema};

        CREATE TABLE IF NOT EXISTS {schema}.gateway_deliveries (
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
            ON {schema}.gateway_deliveries (delivery_key) WHERE kind = 'Quarantined';
        CREATE INDEX IF NOT EXISTS gateway_deliveries_emails ON {schema}.gateway_deliveries USING gin (emails);

        CREATE TABLE IF NOT EXISTS {schema}.gateway_erasure_audit (
            seq               bigint GENERATED ALWAYS AS IDENTITY,
            request_id        text        PRIMARY KEY,
            email_sha256      text        NOT NULL,
            portal_ids        text[]      NOT NULL,
            requested_by      text        NOT NULL,
            reason            text,
            deliveries_erased integer     NOT NULL,
            requested_at      timestamptz NOT NULL);

        -- The durable delivery queue: a row per message for a grain, pending until the grain acknowledged it, then kept
        -- (without payload) for the deduplication window so a repeated delivery is recognised, then pruned.
        CREATE TABLE IF NOT EXISTS {schema}.sync_pending_deliveries (
            id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            dedup_key       text        NOT NULL UNIQUE,
            grain_type      text        NOT NULL,
            grain_key       text        NOT NULL,
            message_type    text        NOT NULL,
            payload         jsonb,
            store_id        text,
            created_at      timestamptz NOT NULL,
            attempts        integer     NOT NULL DEFAULT 0,
            next_attempt_at timestamptz NOT NULL,
            last_error      text,
            delivered_at    timestamptz);
        CREATE INDEX IF NOT EXISTS sync_pending_deliveries_due
            ON {schema}.sync_pending_deliveries (next_attempt_at, id) WHERE delivered_at IS NULL;
        CREATE INDEX IF NOT EXISTS sync_pending_deliveries_delivered
            ON {schema}.sync_pending_deliveries (delivered_at) WHERE delivered_at IS NOT NULL;
        """;
}
