using System.ComponentModel.DataAnnotations;
using OrleansSync.Stores;

namespace OrleansSync.Gateway.Configuration;

/// <summary>The gateway's stores and request limits (section "Gateway").</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Gateway";

    /// <summary>
    /// Largest accepted request body in bytes; larger ones get 413 and are recorded (first bytes only).
    /// Default 2 MiB: a Shopify order with a few hundred lines is well under it.
    /// </summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxBodyBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The stores this gateway accepts deliveries for. At least one is required (checked by <see cref="GatewayOptionsValidator"/>).</summary>
    public List<StoreOptions> Stores { get; set; } = [];
}
