using System.Net;
using OrleansSync.HubSpot.Client.Json;
using OrleansSync.HubSpot.Client.RateLimiting;

namespace OrleansSync.HubSpot.Client;

/// <summary>A fully read HubSpot response: status, body, rate-limit headers and, for 429s, the policy that was hit.</summary>
internal sealed record HubSpotResponse(HttpStatusCode Status, byte[] Body, RateLimitHeaders Limits, TimeSpan? RetryAfter, ErrorWire? Error)
{
    public int Code => (int)Status;

    public bool IsSuccess => Code is >= 200 and < 300;

    /// <summary>5xx, 423 Locked (2 s locks under heavy writes) and 477 Migration in Progress: worth retrying.</summary>
    public bool IsTransient => Code >= 500 || Code is 423 or 477;

    public bool IsRateLimited => Code == 429;

    /// <summary>The daily quota is spent: no retry helps before midnight in the account's time zone.</summary>
    public bool IsDailyLimit => IsRateLimited && Error?.PolicyName == "DAILY";

    public static async Task<HubSpotResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var error = (int)response.StatusCode >= 400 ? ErrorWire.TryParse(body) : null;
        var retryAfter = response.Headers.RetryAfter?.Delta;
        return new HubSpotResponse(response.StatusCode, body, RateLimitHeaders.From(response.Headers), retryAfter, error);
    }

    public HubSpotError ToError() => new(
        Code,
        Error?.Category ?? Error?.ErrorType ?? (IsTransient ? "SERVER_ERROR" : "UNKNOWN"),
        Error?.Message ?? (Body.Length > 0 ? $"HubSpot answered {Code}: {BodyExcerpt}" : $"HubSpot answered {Code}."),
        Error?.SubCategory,
        Error?.CorrelationId);

    /// <summary>The start of a body HubSpot's error format could not read (a gateway's HTML page, plain text), for dead letters and logs.</summary>
    private string BodyExcerpt => System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 300)).ReplaceLineEndings(" ");
}
