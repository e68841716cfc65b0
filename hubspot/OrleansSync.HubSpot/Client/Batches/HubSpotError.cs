namespace OrleansSync.HubSpot;

/// <summary>HubSpot's error for a call or one record: status, category (e.g. VALIDATION_ERROR, CONFLICT), message.</summary>
public sealed record HubSpotError(int StatusCode, string Category, string Message, string? SubCategory = null, string? CorrelationId = null);
