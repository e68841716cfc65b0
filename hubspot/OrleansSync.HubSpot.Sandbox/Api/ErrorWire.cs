using System.Text.Json.Serialization;

namespace OrleansSync.HubSpot.Sandbox.Api;

/// <summary>HubSpot's <c>Error</c> / <c>StandardError</c> body; 429s add errorType, policyName and requestId.</summary>
internal sealed record ErrorWire
{
    public string Status { get; init; } = "error";

    public required string Message { get; init; }

    public string? CorrelationId { get; init; }

    public string? Category { get; init; }

    public string? SubCategory { get; init; }

    public Dictionary<string, List<string>>? Context { get; init; }

    public List<ErrorDetailWire>? Errors { get; init; }

    public string? ErrorType { get; init; }

    public string? PolicyName { get; init; }

    public string? RequestId { get; init; }
}

/// <summary>One entry of an error's <c>errors</c> array.</summary>
internal sealed record ErrorDetailWire(string Message, Dictionary<string, List<string>>? Context = null, string? Code = null);

/// <summary>One entry of the "Property values were not valid" list HubSpot embeds in the message as JSON.</summary>
internal sealed record PropertyErrorWire(
    [property: JsonPropertyName("isValid")] bool IsValid,
    string Message,
    string Error,
    string Name,
    string LocalizedErrorMessage,
    long PortalId);
