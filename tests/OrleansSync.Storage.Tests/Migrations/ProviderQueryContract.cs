namespace OrleansSync.Storage.Tests.Migrations;

/// <summary>
/// What the Microsoft.Orleans.*.AdoNet 10.4.2 assemblies read from OrleansQuery: each key and the
/// parameters they bind when running it (taken from the 10.4.2 DLLs, not from upstream's scripts).
/// A provider refuses to start when one of its required keys is missing.
/// </summary>
internal static class ProviderQueryContract
{
    private static readonly string[] GrainKey =
        ["GrainIdHash", "GrainIdN0", "GrainIdN1", "GrainTypeHash", "GrainTypeString", "GrainIdExtensionString", "ServiceId"];

    public static readonly IReadOnlyDictionary<string, string[]> Parameters = new Dictionary<string, string[]>
    {
        // Clustering: all required at start-up, CleanupDefunctSiloEntriesKey included (new in 10.x).
        ["UpdateIAmAlivetimeKey"] = ["DeploymentId", "Address", "Port", "Generation", "IAmAliveTime"],
        ["InsertMembershipVersionKey"] = ["DeploymentId"],
        ["InsertMembershipKey"] = ["DeploymentId", "Address", "Port", "Generation", "SiloName", "HostName", "Status", "ProxyPort", "StartTime", "IAmAliveTime", "Version"],
        ["UpdateMembershipKey"] = ["DeploymentId", "Address", "Port", "Generation", "Status", "SuspectTimes", "IAmAliveTime", "Version"],
        ["MembershipReadRowKey"] = ["DeploymentId", "Address", "Port", "Generation"],
        ["MembershipReadAllKey"] = ["DeploymentId"],
        ["DeleteMembershipTableEntriesKey"] = ["DeploymentId"],
        ["GatewaysQueryKey"] = ["DeploymentId", "Status"],
        ["CleanupDefunctSiloEntriesKey"] = ["DeploymentId", "IAmAliveTime"],

        // Clustering, optional in 10.4.2 and preferred when present: deletes one expired Dead row it read.
        ["CleanupDefunctSiloEntryKey"] = ["DeploymentId", "Address", "Port", "Generation", "StartTime", "IAmAliveTime", "SuspectTimes"],

        // Persistence: DeleteStorageKey is needed only with DeleteStateOnClear.
        ["WriteToStorageKey"] = [.. GrainKey, "GrainStateVersion", "PayloadBinary"],
        ["ReadFromStorageKey"] = GrainKey,
        ["ClearStorageKey"] = [.. GrainKey, "GrainStateVersion"],
        ["DeleteStorageKey"] = [.. GrainKey, "GrainStateVersion"],

        // Reminders.
        ["UpsertReminderRowKey"] = ["ServiceId", "GrainId", "ReminderName", "StartTime", "Period", "GrainHash"],
        ["ReadReminderRowsKey"] = ["ServiceId", "GrainId"],
        ["ReadReminderRowKey"] = ["ServiceId", "GrainId", "ReminderName"],
        ["ReadRangeRows1Key"] = ["ServiceId", "BeginHash", "EndHash"],
        ["ReadRangeRows2Key"] = ["ServiceId", "BeginHash", "EndHash"],
        ["DeleteReminderRowKey"] = ["ServiceId", "GrainId", "ReminderName", "Version"],
        ["DeleteReminderRowsKey"] = ["ServiceId"],
    };
}
