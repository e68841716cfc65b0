using System.Net;
using OrleansSync.Contracts.Carts;
using OrleansSync.Contracts.Routing;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.CartEvents;

public sealed class CartActivityApiTests
{
    [Fact]
    public async Task TrackCart_CheckoutWithItemsAndRecoveryUrl_AppendsCheckoutStartedToTheCartGrain()
    {
        await using var gateway = new GatewayFactory();
        var body = Deliver.Utf8(new
        {
            cartId = "cart-77",
            stage = "checkout",
            email = "shopper@example.com",
            items = new[] { new { sku = "SKU-RED", quantity = 2, unitPrice = 10.5m }, new { sku = "SKU-BLUE", quantity = 1, unitPrice = 4m } },
            recoveryUrl = "https://cart.example/recover/cart-77",
            updatedAt = "2026-01-05T14:00:00Z",
        });

        var answer = await (await Deliver.GenericAsync(gateway.CreateClient(), "carts", body)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("appended", answer.GetProperty("status").GetString());
        var message = Assert.Single(gateway.Queue.Appended);
        Assert.Equal(GrainKeys.Cart(TestStores.Generic, "cart-77"), message.Target);
        var checkout = Assert.IsType<CheckoutStarted>(message.Message);
        Assert.Equal((25m, "EUR", "https://cart.example/recover/cart-77"), (checkout.Cart.Total, checkout.Cart.Currency, checkout.Cart.RecoveryUrl));
        Assert.Equal(["SKU-RED", "SKU-BLUE"], checkout.Cart.Lines.Select(l => l.Sku));
        Assert.Equal("shopper@example.com", checkout.Cart.Customer.Email);
    }

    [Fact]
    public async Task TrackCart_AnonymousCartWithValue_AppendsCartUpdatedWithoutEmail()
    {
        await using var gateway = new GatewayFactory();
        var body = Deliver.Utf8(new { cartId = "cart-78", value = 99.9m, currency = "usd", items = new[] { new { sku = "SKU-1", quantity = 3 } } });

        await (await Deliver.GenericAsync(gateway.CreateClient(), "carts", body)).JsonAsync(HttpStatusCode.OK);

        var cart = Assert.IsType<CartUpdated>(Assert.Single(gateway.Queue.Appended).Message);
        Assert.Equal((99.9m, "USD", (string?)null), (cart.Cart.Total, cart.Cart.Currency, cart.Cart.Customer.Email));
    }

    [Fact]
    public async Task TrackCart_NoCartIdBadItemAndRelativeRecoveryUrl_Returns400WithReasonsAndKeepsIt()
    {
        await using var gateway = new GatewayFactory();
        var body = Deliver.Utf8(new { items = new[] { new { sku = "", quantity = 0 } }, recoveryUrl = "/recover", stage = "wishlist" });

        var problem = await (await Deliver.GenericAsync(gateway.CreateClient(), "carts", body)).JsonAsync(HttpStatusCode.BadRequest);

        Assert.Equal(ProblemTypes.InvalidEvent, problem.GetProperty("type").GetString());
        var errors = problem.GetProperty("errors");
        Assert.All(new[] { "cartId", "items", "recoveryUrl", "stage" }, field => Assert.True(errors.TryGetProperty(field, out _), field));
        Assert.Empty(gateway.Queue.Appended);
        var kept = await new GatewayAdmin(gateway).GetAsync($"/admin/deliveries/{problem.GetProperty("recordId").GetInt64()}");
        Assert.Equal(("generic", "cart"), (kept.GetProperty("platform").GetString(), kept.GetProperty("topic").GetString()));
    }

    [Fact]
    public async Task TrackCart_ValueAndUnitPriceBeyondTheMoneyBoundAndYear9999_Returns400WithReasonsAndKeepsIt()
    {
        await using var gateway = new GatewayFactory();
        var body = Deliver.Utf8(new
        {
            cartId = "cart-79",
            currency = "USD",
            value = 79228162514264337593543950335m,
            updatedAt = "9999-12-31T00:00:00Z",
            items = new[] { new { sku = "SKU-1", quantity = 1, unitPrice = 5e13m } },
        });

        var problem = await (await Deliver.GenericAsync(gateway.CreateClient(), "carts", body)).JsonAsync(HttpStatusCode.BadRequest);

        var errors = problem.GetProperty("errors");
        Assert.All(new[] { "value", "updatedAt", "items" }, field => Assert.True(errors.TryGetProperty(field, out _), field));
        Assert.Empty(gateway.Queue.Appended);
        var kept = await new GatewayAdmin(gateway).GetAsync($"/admin/deliveries/{problem.GetProperty("recordId").GetInt64()}");
        Assert.Equal(("generic", "cart"), (kept.GetProperty("platform").GetString(), kept.GetProperty("topic").GetString()));
    }
}
