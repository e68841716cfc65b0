using System.Text.Json;

namespace OrleansSync.HubSpot.Client.Json;

/// <summary>HubSpot's error body; every field optional (HubSpot's own advice). 429s carry errorType/policyName.</summary>
internal sealed record ErrorWire(
    string? Status,
    string? Message,
    string? CorrelationId,
    string? Category,
    string? SubCategory,
    Dictionary<string, List<string>>? Context,
    string? ErrorType,
    string? PolicyName)
{
    public static ErrorWire? TryParse(byte[] body)
    {
        try
        {
            return body.Length == 0 ? null : JsonSerializer.Deserialize(body, HubSpotJsonContext.Default.ErrorWire);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public HubSpotError ToError(int statusCode) => new(statusCode, Category ?? ErrorType ?? "UNKNOWN", Message ?? "", SubCategory, CorrelationId);
}
