-- Reminders for Microsoft.Orleans.Reminders.AdoNet (UseAdoNetReminderService, Invariant "Npgsql").
--
-- GrainId is the grain id's text form ("type/key"): ids longer than 150 characters do not fit
-- and the registration fails. GrainHash is the grain's uniform hash as a signed integer; each
-- silo reads the reminders of its own hash range. Period is in milliseconds. Version is the
-- reminder's ETag.

CREATE TABLE OrleansRemindersTable
(
    ServiceId    varchar(150)   NOT NULL,
    GrainId      varchar(150)   NOT NULL,
    ReminderName varchar(150)   NOT NULL,
    StartTime    timestamptz(3) NOT NULL,
    Period       bigint         NOT NULL,
    GrainHash    integer        NOT NULL,
    Version      integer        NOT NULL,

    CONSTRAINT PK_RemindersTable_ServiceId_GrainId_ReminderName PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

-- Silos load reminders by hash range at start-up and whenever ranges move.
CREATE INDEX IX_RemindersTable_ServiceId_GrainHash ON OrleansRemindersTable (ServiceId, GrainHash);

-- Same names, argument names and types and result columns as Orleans' own PostgreSQL script.

-- The reminder's new ETag: 0 when created, one more on every update.
CREATE FUNCTION upsert_reminder_row(
    ServiceIdArg    varchar,
    GrainIdArg      varchar,
    ReminderNameArg varchar,
    StartTimeArg    timestamptz,
    PeriodArg       bigint,
    GrainHashArg    integer)
RETURNS TABLE (version integer)
LANGUAGE sql
AS $fn$
    INSERT INTO OrleansRemindersTable AS r
        (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES
        (ServiceIdArg, GrainIdArg, ReminderNameArg, StartTimeArg, PeriodArg, GrainHashArg, 0)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
    SET StartTime = excluded.StartTime,
        Period = excluded.Period,
        GrainHash = excluded.GrainHash,
        Version = r.Version + 1
    RETURNING r.Version;
$fn$;

-- 1 when the reminder was deleted at the ETag the caller holds, otherwise 0.
CREATE FUNCTION delete_reminder_row(
    ServiceIdArg    varchar,
    GrainIdArg      varchar,
    ReminderNameArg varchar,
    VersionArg      integer)
RETURNS TABLE (row_count integer)
LANGUAGE sql
AS $fn$
    WITH deleted AS (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId = ServiceIdArg
          AND GrainId = GrainIdArg
          AND ReminderName = ReminderNameArg
          AND Version = VersionArg
        RETURNING 1
    )
    SELECT count(*)::integer FROM deleted;
$fn$;

INSERT INTO OrleansQuery (QueryKey, QueryText)
VALUES
(
    'UpsertReminderRowKey', $q$
    SELECT version AS Version
    FROM upsert_reminder_row(@ServiceId, @GrainId, @ReminderName, @StartTime, @Period, @GrainHash);
$q$),
(
    'ReadReminderRowsKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND GrainId = @GrainId;
$q$),
(
    'ReadReminderRowKey', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND GrainId = @GrainId
      AND ReminderName = @ReminderName;
$q$),
(
    -- A range that does not wrap around in signed order: (@BeginHash, @EndHash].
    'ReadRangeRows1Key', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND GrainHash > @BeginHash
      AND GrainHash <= @EndHash;
$q$),
(
    -- A range that wraps around: above @BeginHash or up to @EndHash.
    'ReadRangeRows2Key', $q$
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId
      AND (GrainHash > @BeginHash OR GrainHash <= @EndHash);
$q$),
(
    'DeleteReminderRowKey', $q$
    SELECT row_count FROM delete_reminder_row(@ServiceId, @GrainId, @ReminderName, @Version);
$q$),
(
    'DeleteReminderRowsKey', $q$
    DELETE FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId;
$q$);
