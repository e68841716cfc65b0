-- Grain state for Microsoft.Orleans.Persistence.AdoNet (AddAdoNetGrainStorage, Invariant "Npgsql").
--
-- A state row is identified by ServiceId + grain type + grain id (the provider hashes the id and
-- the type into GrainIdHash / GrainTypeHash and also sends them in full). Changing
-- ClusterOptions.ServiceId therefore orphans every stored state.
--
-- Version is the ETag: NULL from the provider means "never read a row", so the write inserts;
-- otherwise the write succeeds only at the version the activation read. A write that did not
-- happen returns the version it was given (or NULL), which the provider turns into an
-- InconsistentStateException.

CREATE TABLE OrleansStorage
(
    GrainIdHash            integer      NOT NULL,
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    GrainTypeString        varchar(512) NOT NULL,
    GrainIdExtensionString varchar(512) NULL,
    ServiceId              varchar(150) NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamptz  NOT NULL,
    Version                integer      NULL
);

CREATE INDEX IX_OrleansStorage ON OrleansStorage (GrainIdHash, GrainTypeHash);

-- Same name, argument names and types and result column as Orleans' own PostgreSQL script.
CREATE FUNCTION writetostorage(
    _grainidhash            integer,
    _grainidn0              bigint,
    _grainidn1              bigint,
    _graintypehash          integer,
    _graintypestring        varchar,
    _grainidextensionstring varchar,
    _serviceid              varchar,
    _grainstateversion      integer,
    _payloadbinary          bytea)
RETURNS TABLE (newgrainstateversion integer)
LANGUAGE plpgsql
AS $fn$
DECLARE
    affected integer;
BEGIN
    IF _grainstateversion IS NOT NULL THEN
        UPDATE OrleansStorage
        SET PayloadBinary = _payloadbinary,
            ModifiedOn = now(),
            Version = Version + 1
        WHERE GrainIdHash = _grainidhash
          AND GrainTypeHash = _graintypehash
          AND GrainIdN0 = _grainidn0
          AND GrainIdN1 = _grainidn1
          AND GrainTypeString = _graintypestring
          AND GrainIdExtensionString IS NOT DISTINCT FROM _grainidextensionstring
          AND ServiceId = _serviceid
          AND Version = _grainstateversion;
        GET DIAGNOSTICS affected = ROW_COUNT;

        RETURN QUERY SELECT CASE WHEN affected > 0 THEN _grainstateversion + 1 ELSE _grainstateversion END;
        RETURN;
    END IF;

    -- First write of this state. Two activations of one grain (a silo that was declared dead but
    -- still runs) can race here, and NOT EXISTS alone does not stop both inserting under READ
    -- COMMITTED: serialise first writes on the grain's hashes until commit, so the later one
    -- sees the earlier one's row and fails.
    PERFORM pg_advisory_xact_lock(_grainidhash, _graintypehash);

    INSERT INTO OrleansStorage
        (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString,
         ServiceId, PayloadBinary, ModifiedOn, Version)
    SELECT _grainidhash, _grainidn0, _grainidn1, _graintypehash, _graintypestring, _grainidextensionstring,
           _serviceid, _payloadbinary, now(), 1
    WHERE NOT EXISTS
    (
        SELECT 1
        FROM OrleansStorage
        WHERE GrainIdHash = _grainidhash
          AND GrainTypeHash = _graintypehash
          AND GrainIdN0 = _grainidn0
          AND GrainIdN1 = _grainidn1
          AND GrainTypeString = _graintypestring
          AND GrainIdExtensionString IS NOT DISTINCT FROM _grainidextensionstring
          AND ServiceId = _serviceid
    );
    GET DIAGNOSTICS affected = ROW_COUNT;

    RETURN QUERY SELECT CASE WHEN affected > 0 THEN 1 END;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'WriteToStorageKey', $q$
    SELECT newgrainstateversion AS NewGrainStateVersion
    FROM writetostorage(@GrainIdHash, @GrainIdN0, @GrainIdN1, @GrainTypeHash, @GrainTypeString,
                        @GrainIdExtensionString, @ServiceId, @GrainStateVersion, @PayloadBinary);
$q$),
(
    -- No row: the provider starts from a new state. A cleared state is a row with no payload.
    'ReadFromStorageKey', $q$
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId;
$q$),
(
    'ClearStorageKey', $q$
    UPDATE OrleansStorage
    SET PayloadBinary = NULL,
        ModifiedOn = now(),
        Version = Version + 1
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId
      AND Version = @GrainStateVersion
    RETURNING Version AS NewGrainStateVersion;
$q$),
(
    -- Used instead of ClearStorageKey when AdoNetGrainStorageOptions.DeleteStateOnClear is set.
    'DeleteStorageKey', $q$
    DELETE FROM OrleansStorage
    WHERE GrainIdHash = @GrainIdHash
      AND GrainTypeHash = @GrainTypeHash
      AND GrainIdN0 = @GrainIdN0
      AND GrainIdN1 = @GrainIdN1
      AND GrainTypeString = @GrainTypeString
      AND GrainIdExtensionString IS NOT DISTINCT FROM @GrainIdExtensionString
      AND ServiceId = @ServiceId
      AND Version = @GrainStateVersion
    RETURNING Version + 1 AS NewGrainStateVersion;
$q$);
