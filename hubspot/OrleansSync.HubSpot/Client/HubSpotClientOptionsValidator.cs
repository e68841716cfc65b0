using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace OrleansSync.HubSpot.Client;

/// <summary>Start-up validation: a missing token or a nonsensical limit fails at boot, not on the first sync.</summary>
internal sealed partial class HubSpotClientOptionsValidator : IValidateOptions<HubSpotClientOptions>
{
    public ValidateOptionsResult Validate(string? name, HubSpotClientOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.AccessToken))
        {
            failures.Add($"{HubSpotClientOptions.SectionName}:AccessToken is required (a private-app token or service key).");
        }

        if (options.BaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback))
        {
            failures.Add($"{HubSpotClientOptions.SectionName}:BaseUrl must be an absolute https URL (http only for 127.0.0.1).");
        }

        if (options.ApiVersion != "v3" && !DateVersion().IsMatch(options.ApiVersion))
        {
            failures.Add($"{HubSpotClientOptions.SectionName}:ApiVersion must be 'v3' or a date version like '2026-03'.");
        }

        foreach (var (portalId, portal) in options.Portals)
        {
            if (string.IsNullOrWhiteSpace(portal.AccessToken) || portal.RequestsPerInterval is <= 0)
            {
                failures.Add($"{HubSpotClientOptions.SectionName}:Portals:{portalId} needs an AccessToken (and a positive RequestsPerInterval, if given).");
            }
        }

        if (options.RequestsPerInterval is <= 0 || options.DailyLimit is <= 0 || options.MaxConcurrentRequests <= 0 || options.RateLimitInterval <= TimeSpan.Zero)
        {
            failures.Add($"{HubSpotClientOptions.SectionName}: limits, interval and concurrency must be positive.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.TotalTimeout < options.AttemptTimeout || options.MaxRetryAttempts < 0)
        {
            failures.Add($"{HubSpotClientOptions.SectionName}: AttemptTimeout must be positive and not exceed TotalTimeout; MaxRetryAttempts ≥ 0.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    [GeneratedRegex(@"^\d{4}-\d{2}$")]
    private static partial Regex DateVersion();
}
