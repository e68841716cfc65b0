namespace OrleansSync.HubSpot;

/// <summary>
/// A call HubSpot refused as a whole for a reason no record is to blame for (401 token, 403 scope, 5xx after every
/// retry). The caller keeps the records and tries again later.
/// </summary>
public class HubSpotApiException(HubSpotError error, string? message = null) : Exception(message ?? $"HubSpot answered {error.StatusCode} {error.Category}: {error.Message}")
{
    public HubSpotError Error { get; } = error;
}
