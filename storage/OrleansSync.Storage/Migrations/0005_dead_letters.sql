-- What grains and HubSpot portal grains could not carry out, kept for operators (list, inspect, replay, discard).
CREATE TABLE IF NOT EXISTS sync_dead_letters (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text        NOT NULL,
    grain_type  text        NOT NULL,
    grain_key   text        NOT NULL,
    portal_id   text,
    type_or_key text        NOT NULL,
    payload     text        NOT NULL,
    error       text        NOT NULL,
    attempts    integer     NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now());
CREATE INDEX IF NOT EXISTS sync_dead_letters_portal ON sync_dead_letters (portal_id, id);
