using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace OrleansSync.HubSpot.Sandbox.Api;

/// <summary>HubSpot-shaped error bodies and the results that carry them.</summary>
internal static class HubSpotErrors
{
    public static ErrorWire Error(string category, string message, Dictionary<string, List<string>>? context = null, string? subCategory = null) =>
        new() { Category = category, Message = message, Context = context, SubCategory = subCategory, CorrelationId = Guid.NewGuid().ToString() };

    public static IResult Result(int status, ErrorWire error) => Results.Json(error, SandboxJsonContext.Default.ErrorWire, statusCode: status);

    public static IResult Validation(string message, Dictionary<string, List<string>>? context = null) =>
        Result(StatusCodes.Status400BadRequest, Error("VALIDATION_ERROR", message, context));

    public static IResult NotFound(string message = "resource not found") =>
        Result(StatusCodes.Status404NotFound, Error("OBJECT_NOT_FOUND", message));

    public static IResult Conflict(string message) => Result(StatusCodes.Status409Conflict, Error("CONFLICT", message));

    public static IResult InvalidJson() => Validation("Invalid input JSON on line 1: the body could not be parsed.");

    public static IResult TooManyInputs(int count, int max) =>
        Validation($"Too many inputs: {count}. The batch limit is {max}.", new() { ["numInputs"] = [count.ToString(System.Globalization.CultureInfo.InvariantCulture)] });

    public static IResult DuplicateIds(IReadOnlyCollection<string> ids) =>
        Validation($"Duplicate IDs found in batch input: [{string.Join(", ", ids)}]. IDs must be unique", new() { ["ids"] = [.. ids] });

    /// <summary>"Property values were not valid: [...]" with the per-property errors embedded as JSON, as HubSpot does.</summary>
    public static ErrorWire InvalidProperties(IReadOnlyList<PropertyErrorWire> errors) =>
        Error("VALIDATION_ERROR", "Property values were not valid: " + JsonSerializer.Serialize([.. errors], SandboxJsonContext.Default.ListPropertyErrorWire));

    public static ErrorWire RateLimited(string policyName) => new()
    {
        Message = policyName switch
        {
            "DAILY" => "You have reached your daily limit.",
            "SECONDLY" => "You have reached your secondly limit.",
            _ => "You have reached your ten_secondly_rolling limit.",
        },
        ErrorType = "RATE_LIMIT",
        PolicyName = policyName,
        CorrelationId = Guid.NewGuid().ToString(),
        RequestId = Guid.NewGuid().ToString(),
    };

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
