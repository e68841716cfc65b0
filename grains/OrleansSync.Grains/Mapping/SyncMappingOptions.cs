using System.ComponentModel.DataAnnotations;

namespace OrleansSync.Grains.Mapping;

/// <summary>How store data maps onto HubSpot: deal stages, the amount rule, windows, property names. Section <c>SyncMapping</c>.</summary>
public sealed class SyncMappingOptions : IValidatableObject
{
    public const string SectionName = "SyncMapping";

    /// <summary>Deal amount rule. Default <see cref="AmountRule.Gross"/> (what the customer paid, minus refunds).</summary>
    public AmountRule Amount { get; set; } = AmountRule.Gross;

    /// <summary>
    /// Per platform (<c>Shopify</c>, <c>WooCommerce</c>, ...), the store's raw status (case-insensitive) → deal stage.
    /// Entries here add to or override <see cref="StatusStageDefaults"/>; a raw status found nowhere falls back to the canonical status.
    /// </summary>
    public Dictionary<string, Dictionary<string, DealStage>> StatusStages { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Cart abandonment window. Default 45 minutes; allowed 30–240 minutes.</summary>
    public TimeSpan AbandonmentWindow { get; set; } = TimeSpan.FromMinutes(45);

    /// <summary>No paid order for this long → <c>lapsed</c>. Default 90 days; allowed 30–730 days.</summary>
    public TimeSpan LapsedAfter { get; set; } = TimeSpan.FromDays(90);

    /// <summary>No paid order for this long → <c>churn_risk</c>. Default 180 days; must be longer than <see cref="LapsedAfter"/>.</summary>
    public TimeSpan ChurnRiskAfter { get; set; } = TimeSpan.FromDays(180);

    /// <summary>A second paid order within this window of the previous one makes a repeat customer. Default 365 days.</summary>
    public TimeSpan RepeatWindow { get; set; } = TimeSpan.FromDays(365);

    /// <summary>The "recent purchase" suppression flag stays on this long after a paid order. Default 14 days.</summary>
    public TimeSpan RecentPurchaseWindow { get; set; } = TimeSpan.FromDays(14);

    /// <summary>How many recently purchased categories the contact keeps. Default 5.</summary>
    [Range(1, 50)]
    public int LastCategoriesKept { get; set; } = 5;

    /// <summary>Optional renames of the sync's HubSpot property names (<c>ecom_order_count</c> → <c>my_order_count</c>); applied at dispatch and bootstrap.</summary>
    public Dictionary<string, string> PropertyNames { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Which products are synced to the product library.</summary>
    public ProductSyncFilter Products { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AbandonmentWindow < TimeSpan.FromMinutes(30) || AbandonmentWindow > TimeSpan.FromMinutes(240))
        {
            yield return new ValidationResult("SyncMapping:AbandonmentWindow must be between 00:30:00 and 04:00:00.", [nameof(AbandonmentWindow)]);
        }

        if (LapsedAfter < TimeSpan.FromDays(30) || LapsedAfter > TimeSpan.FromDays(730))
        {
            yield return new ValidationResult("SyncMapping:LapsedAfter must be between 30 and 730 days.", [nameof(LapsedAfter)]);
        }

        if (ChurnRiskAfter <= LapsedAfter || ChurnRiskAfter > TimeSpan.FromDays(1095))
        {
            yield return new ValidationResult("SyncMapping:ChurnRiskAfter must be longer than LapsedAfter and at most 1095 days.", [nameof(ChurnRiskAfter)]);
        }

        if (RepeatWindow <= TimeSpan.Zero || RecentPurchaseWindow <= TimeSpan.Zero)
        {
            yield return new ValidationResult("SyncMapping:RepeatWindow and RecentPurchaseWindow must be positive.", [nameof(RepeatWindow)]);
        }

        foreach (var (name, renamed) in PropertyNames)
        {
            if (string.IsNullOrWhiteSpace(renamed) || renamed.Any(char.IsWhiteSpace))
            {
                yield return new ValidationResult($"SyncMapping:PropertyNames:{name} must be a HubSpot property name without spaces.", [nameof(PropertyNames)]);
            }
        }
    }

    public string PropertyName(string name) => PropertyNames.TryGetValue(name, out var renamed) ? renamed : name;

    /// <summary>
    /// The sync's own name for a HubSpot property name (a webhook's <c>propertyName</c>): the name renamed to it, else the name
    /// itself; null when the name is one the sync renamed away (that HubSpot property is no longer the sync's).
    /// </summary>
    public string? CanonicalName(string hubSpotName)
    {
        foreach (var (name, renamed) in PropertyNames)
        {
            if (string.Equals(renamed, hubSpotName, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return PropertyNames.ContainsKey(hubSpotName) ? null : hubSpotName;
    }
}
