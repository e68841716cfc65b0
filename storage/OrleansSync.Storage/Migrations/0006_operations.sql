-- Operations: the audit trail of admin actions, and the reconciliation reports (kept whole, as JSON, newest read first).
CREATE TABLE IF NOT EXISTS sync_admin_audit (
    id     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at     timestamptz NOT NULL,
    actor  text        NOT NULL,
    action text        NOT NULL,
    target text,
    outcome text       NOT NULL);

CREATE TABLE IF NOT EXISTS sync_reconciliation_reports (
    run_id      text        PRIMARY KEY,
    portal_id   text        NOT NULL,
    day         date        NOT NULL,
    finished_at timestamptz NOT NULL,
    report      jsonb       NOT NULL);
CREATE INDEX IF NOT EXISTS sync_reconciliation_reports_newest ON sync_reconciliation_reports (finished_at DESC);
