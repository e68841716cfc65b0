namespace OrleansSync.Stores;

/// <summary>
/// Which deals created in HubSpot become orders of this store (<c>Gateway:Stores:N:DealOrders</c>): a deal a person creates
/// in <see cref="Pipeline"/> at one of <see cref="Stages"/> (or moves into one of them) is created in the store. Off unless set.
/// </summary>
public sealed class StoreDealOrderOptions
{
    /// <summary>WooCommerce's order statuses an order may be created with.</summary>
    public static readonly IReadOnlyList<string> WooCommerceStatuses = ["pending", "processing", "on-hold", "completed"];

    /// <summary>The HubSpot deal pipeline's id (e.g. <c>default</c>, or the id of an "Upsell" pipeline). Required.</summary>
    public string Pipeline { get; set; } = "";

    /// <summary>The ids of the pipeline's stages whose deals become orders (e.g. the upsell stage). At least one.</summary>
    public List<string> Stages { get; set; } = [];

    /// <summary>The status the store order is created with. Default <c>pending</c> (awaiting payment).</summary>
    public string Status { get; set; } = "pending";

    public bool Matches(string? pipeline, string? stage) =>
        pipeline == Pipeline && stage is not null && Stages.Contains(stage, StringComparer.Ordinal);
}
