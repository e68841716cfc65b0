using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using OrleansSync.Stores;

namespace OrleansSync.Gateway.Configuration;

/// <summary>Checks what data annotations cannot: at least one store, each store valid, ids unique, a known platform.</summary>
internal sealed class GatewayOptionsValidator : IValidateOptions<GatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, GatewayOptions options)
    {
        var failures = new List<string>();
        if (options.Stores.Count == 0)
        {
            failures.Add("Gateway:Stores: at least one store is required (Gateway__Stores__0__Id, __Platform, __Secret, __PortalId).");
        }

        foreach (var (store, index) in options.Stores.Select((s, i) => (s, i)))
        {
            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(store, new ValidationContext(store), results, validateAllProperties: true))
            {
                failures.AddRange(results.Select(r => $"Gateway:Stores:{index} ({store.Id}): {r.ErrorMessage}"));
            }

            if (!Enum.IsDefined(store.Platform))
            {
                failures.Add($"Gateway:Stores:{index} ({store.Id}): unknown platform '{store.Platform}'.");
            }

            failures.AddRange(StoreRequirements.Missing(store).Select(m => $"Gateway:Stores:{index} ({store.Id}): {m}"));
        }

        failures.AddRange(options.Stores.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1)
            .Select(g => $"Gateway:Stores: store id '{g.Key}' is configured {g.Count()} times."));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
