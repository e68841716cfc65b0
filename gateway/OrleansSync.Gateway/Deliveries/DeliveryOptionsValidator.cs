using Microsoft.Extensions.Options;

namespace OrleansSync.Gateway.Deliveries;

/// <summary>Checks what data annotations cannot: the lease outlives a hand-over, retry delays in order.</summary>
internal sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var failures = new List<string>();
        if (options.ClaimLease <= options.HandOffTimeout)
        {
            failures.Add($"Deliveries:ClaimLease ({options.ClaimLease}) must be longer than Deliveries:HandOffTimeout ({options.HandOffTimeout}), or another gateway could hand a row over while this one still waits for its grain.");
        }

        if (options.MaxRetryDelay < options.MinRetryDelay)
        {
            failures.Add($"Deliveries:MaxRetryDelay ({options.MaxRetryDelay}) must not be shorter than Deliveries:MinRetryDelay ({options.MinRetryDelay}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
