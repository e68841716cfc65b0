using System.Globalization;
using OrleansSync.Contracts.Behaviour;
using OrleansSync.Grains.Dispatch;
using OrleansSync.Grains.Mapping;
using OrleansSync.HubSpot;
using OrleansSync.Grains.Messaging;

namespace OrleansSync.Grains.Customers;

public sealed partial class CustomerGrain :
    IHandle<ProductViewed>, IHandle<CategoryViewed>, IHandle<SearchPerformed>, IHandle<AddedToCart>, IHandle<CheckoutBegun>
{
    public ValueTask HandleAsync(ProductViewed message, CancellationToken cancellationToken) =>
        Behaviour(message, new() { ["sku"] = message.Sku ?? "", ["product_id"] = message.ProductId, ["product_name"] = message.ProductName ?? "", ["price"] = message.Price is { } p ? Props.Number(p) : "" });

    public ValueTask HandleAsync(CategoryViewed message, CancellationToken cancellationToken) =>
        Behaviour(message, new() { ["category_id"] = message.CategoryId, ["category_name"] = message.CategoryName ?? "" });

    public ValueTask HandleAsync(SearchPerformed message, CancellationToken cancellationToken) =>
        Behaviour(message, new() { ["query"] = message.Query, ["result_count"] = message.ResultCount?.ToString(CultureInfo.InvariantCulture) ?? "" });

    public ValueTask HandleAsync(AddedToCart message, CancellationToken cancellationToken) =>
        Behaviour(message, new() { ["cart_id"] = message.CartId ?? "", ["sku"] = message.Line.Sku ?? "", ["product_name"] = message.Line.Name, ["quantity"] = Props.Number(message.Line.Quantity) });

    public ValueTask HandleAsync(CheckoutBegun message, CancellationToken cancellationToken) =>
        Behaviour(message, new() { ["cart_id"] = message.CartId ?? "", ["cart_value"] = message.CartValue is { } v ? Props.Number(v) : "" });

    private ValueTask Behaviour(IBehaviourEvent message, Dictionary<string, string> properties)
    {
        if (Forwarded(message))
        {
            return ValueTask.CompletedTask;
        }

        properties["store"] = message.Store.StoreId;
        properties.SetIfPresent("channel", message.Store.Channel);
        properties.SetIfPresent("locale", message.Store.Locale);
        properties.SetIfPresent("currency", message.Store.Currency);
        var uuid = $"{message.Store.StoreId}:{message.Source.SourceId}";
        Context.Emit(State.PortalId!, ObjectKeys.Event(uuid), new HubSpotWrite(
            HubSpotWriteKind.Event, HubSpotObjectTypes.Contacts, null, uuid,
            properties.Where(p => p.Value.Length > 0).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            EventName: EventName(message), Email: State.MovedTo ?? State.Email, OccurredAt: message.OccurredAt));
        if (message is CheckoutBegun && !State.IsLead)
        {
            State.IsLead = true; // checkout started: subscriber → lead
            Write();
        }
        else if (!State.ContactEmitted)
        {
            Write(); // the event needs its contact
        }

        return ValueTask.CompletedTask;
    }
}
