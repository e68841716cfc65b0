-- The store side of the reconciliation: one row per paid order (its latest report), read per store and UTC paid day.
-- Replaces the per-day ledger grain state, which was rewritten whole for every order of the day.
CREATE TABLE IF NOT EXISTS sync_store_ledger (
    store_id  text   NOT NULL,
    day       date   NOT NULL,
    order_key text   NOT NULL,
    revision  bigint NOT NULL,
    entry     jsonb  NOT NULL,
    PRIMARY KEY (store_id, day, order_key));
