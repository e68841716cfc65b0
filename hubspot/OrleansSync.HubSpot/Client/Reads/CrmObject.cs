namespace OrleansSync.HubSpot.Client.Reads;

/// <summary>A CRM record as read back from HubSpot: its id and the properties asked for (HubSpot omits empty ones).</summary>
public sealed record CrmObject(string Id, IReadOnlyDictionary<string, string> Properties);
