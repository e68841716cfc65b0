-- Cluster membership for Microsoft.Orleans.Clustering.AdoNet (UseAdoNetClustering, Invariant "Npgsql").
--
-- One version row per cluster (DeploymentId = ClusterOptions.ClusterId) is the membership table's
-- optimistic lock: every membership write names the version it read and bumps it, so two silos
-- that read the same version cannot both write. Heartbeats (IAmAliveTime) are the exception:
-- a silo owns its own heartbeat and writes it without the version.
--
-- Status values are Orleans' SiloStatus: 1 Created, 2 Joining, 3 Active, 4 ShuttingDown,
-- 5 Stopping, 6 Dead.

CREATE TABLE OrleansMembershipVersionTable
(
    DeploymentId varchar(150)   NOT NULL,
    Timestamp    timestamptz(3) NOT NULL DEFAULT now(),
    Version      integer        NOT NULL DEFAULT 0,

    CONSTRAINT PK_OrleansMembershipVersionTable_DeploymentId PRIMARY KEY (DeploymentId)
);

CREATE TABLE OrleansMembershipTable
(
    DeploymentId varchar(150)   NOT NULL,
    Address      varchar(45)    NOT NULL,
    Port         integer        NOT NULL,
    Generation   integer        NOT NULL,
    SiloName     varchar(150)   NOT NULL,
    HostName     varchar(150)   NOT NULL,
    Status       integer        NOT NULL,
    ProxyPort    integer        NULL,
    SuspectTimes varchar(8000)  NULL,
    StartTime    timestamptz(3) NOT NULL,
    IAmAliveTime timestamptz(3) NOT NULL,

    CONSTRAINT PK_MembershipTable_DeploymentId PRIMARY KEY (DeploymentId, Address, Port, Generation),
    CONSTRAINT FK_MembershipTable_MembershipVersionTable_DeploymentId
        FOREIGN KEY (DeploymentId) REFERENCES OrleansMembershipVersionTable (DeploymentId)
);

-- The functions keep the names, argument names and types and result columns that Orleans'
-- own PostgreSQL scripts use, so that an operator can still apply one of upstream's later
-- CREATE OR REPLACE migrations on top of this schema.

-- A heartbeat never moves backwards: a delayed write cannot make a live silo look older.
CREATE FUNCTION update_i_am_alive_time(
    deployment_id   varchar,
    address_arg     varchar,
    port_arg        integer,
    generation_arg  integer,
    i_am_alive_time timestamptz)
RETURNS void
LANGUAGE sql
AS $fn$
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = GREATEST(IAmAliveTime, i_am_alive_time)
    WHERE DeploymentId = deployment_id
      AND Address = address_arg
      AND Port = port_arg
      AND Generation = generation_arg;
$fn$;

-- 1 when this call created the cluster's version row, 0 when it already existed.
CREATE FUNCTION insert_membership_version(
    DeploymentIdArg varchar)
RETURNS TABLE (row_count integer)
LANGUAGE sql
AS $fn$
    WITH created AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId)
        VALUES (DeploymentIdArg)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1
    )
    SELECT count(*)::integer FROM created;
$fn$;

-- 1 when the silo's row was added at the expected table version (and the version bumped);
-- 0, with nothing changed, when the version moved on or the row already exists.
CREATE FUNCTION insert_membership(
    DeploymentIdArg varchar,
    AddressArg      varchar,
    PortArg         integer,
    GenerationArg   integer,
    SiloNameArg     varchar,
    HostNameArg     varchar,
    StatusArg       integer,
    ProxyPortArg    integer,
    StartTimeArg    timestamptz,
    IAmAliveTimeArg timestamptz,
    VersionArg      integer)
RETURNS TABLE (row_count integer)
LANGUAGE plpgsql
AS $fn$
DECLARE
    affected integer;
BEGIN
    -- Lock the version row, but only at the version the caller read. Under READ COMMITTED a
    -- writer that waited for this lock re-checks the version and finds it moved on.
    PERFORM 1
    FROM OrleansMembershipVersionTable
    WHERE DeploymentId = DeploymentIdArg AND Version = VersionArg
    FOR UPDATE;

    IF NOT FOUND THEN
        RETURN QUERY SELECT 0;
        RETURN;
    END IF;

    INSERT INTO OrleansMembershipTable
        (DeploymentId, Address, Port, Generation, SiloName, HostName, Status, ProxyPort, StartTime, IAmAliveTime)
    VALUES
        (DeploymentIdArg, AddressArg, PortArg, GenerationArg, SiloNameArg, HostNameArg, StatusArg, ProxyPortArg, StartTimeArg, IAmAliveTimeArg)
    ON CONFLICT (DeploymentId, Address, Port, Generation) DO NOTHING;
    GET DIAGNOSTICS affected = ROW_COUNT;

    IF affected = 1 THEN
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = DeploymentIdArg;
    END IF;

    RETURN QUERY SELECT affected;
END
$fn$;

-- 1 when the silo's row was changed at the expected table version (and the version bumped);
-- 0, with nothing changed, when the version moved on or the row is gone.
CREATE FUNCTION update_membership(
    DeploymentIdArg varchar,
    AddressArg      varchar,
    PortArg         integer,
    GenerationArg   integer,
    StatusArg       integer,
    SuspectTimesArg varchar,
    IAmAliveTimeArg timestamptz,
    VersionArg      integer)
RETURNS TABLE (row_count integer)
LANGUAGE plpgsql
AS $fn$
DECLARE
    affected integer;
BEGIN
    PERFORM 1
    FROM OrleansMembershipVersionTable
    WHERE DeploymentId = DeploymentIdArg AND Version = VersionArg
    FOR UPDATE;

    IF NOT FOUND THEN
        RETURN QUERY SELECT 0;
        RETURN;
    END IF;

    UPDATE OrleansMembershipTable
    SET Status = StatusArg,
        SuspectTimes = SuspectTimesArg,
        IAmAliveTime = GREATEST(IAmAliveTime, IAmAliveTimeArg)
    WHERE DeploymentId = DeploymentIdArg
      AND Address = AddressArg
      AND Port = PortArg
      AND Generation = GenerationArg;
    GET DIAGNOSTICS affected = ROW_COUNT;

    IF affected = 1 THEN
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = DeploymentIdArg;
    END IF;

    RETURN QUERY SELECT affected;
END
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'UpdateIAmAlivetimeKey', $q$
    SELECT update_i_am_alive_time(@DeploymentId, @Address, @Port, @Generation, @IAmAliveTime);
$q$),
(
    'InsertMembershipVersionKey', $q$
    SELECT row_count FROM insert_membership_version(@DeploymentId);
$q$),
(
    'InsertMembershipKey', $q$
    SELECT row_count FROM insert_membership(
        @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
        @Status, @ProxyPort, @StartTime, @IAmAliveTime, @Version);
$q$),
(
    'UpdateMembershipKey', $q$
    SELECT row_count FROM update_membership(
        @DeploymentId, @Address, @Port, @Generation, @Status, @SuspectTimes, @IAmAliveTime, @Version);
$q$),
(
    -- The version row always comes back (LEFT JOIN), with or without the silo's row.
    'MembershipReadRowKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
           m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
           ON m.DeploymentId = v.DeploymentId
          AND m.Address = @Address
          AND m.Port = @Port
          AND m.Generation = @Generation
    WHERE v.DeploymentId = @DeploymentId;
$q$),
(
    'MembershipReadAllKey', $q$
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
           m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId;
$q$),
(
    'DeleteMembershipTableEntriesKey', $q$
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId;
$q$),
(
    -- @Status is Active (3); a gateway has a proxy port.
    'GatewaysQueryKey', $q$
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Status = @Status
      AND ProxyPort > 0;
$q$),
(
    -- Required by the 10.4.2 provider at start-up; it runs this one only when the row-wise
    -- CleanupDefunctSiloEntryKey below is missing. Only Dead silos that started and last
    -- sent a heartbeat before the cut-off are removed; a Joining or ShuttingDown row is never
    -- pruned here, however old.
    'CleanupDefunctSiloEntriesKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Status = 6
      AND IAmAliveTime < @IAmAliveTime
      AND StartTime < @IAmAliveTime;
$q$),
(
    -- Optional for the 10.4.2 provider, which prefers it when present: it picks expired Dead
    -- rows itself (start, heartbeat and every suspicion vote before the cut-off) and deletes
    -- each one only if the row still holds exactly the values it read.
    'CleanupDefunctSiloEntryKey', $q$
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId
      AND Address = @Address
      AND Port = @Port
      AND Generation = @Generation
      AND Status = 6
      AND StartTime = @StartTime
      AND IAmAliveTime = @IAmAliveTime
      AND COALESCE(SuspectTimes, '') = COALESCE(@SuspectTimes, '');
$q$);
