using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Contracts.Context;
using OrleansSync.Contracts.Orders;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;
using OrleansSync.Stores;
using OrleansSync.Stores.CommerceTools;
using OrleansSync.Stores.CommerceTools.Sns;
using OrleansSync.Stores.Connectors;
using OrleansSync.Stores.Simulators.CommerceTools;

namespace OrleansSync.Gateway.Tests.Webhooks;

/// <summary>
/// commercetools messages through an AWS SNS HTTPS subscription, signed with a self-made certificate that the test's SNS
/// stand-in serves at an allowed https URL (no network), read back from a simulated commercetools project.
/// </summary>
public sealed class CommerceToolsSnsWebhookTests : IAsyncLifetime
{
    private const string StoreId = "ct-shop";
    private const string TopicArn = "arn:aws:sns:eu-west-1:123456789012:ct-messages";
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly SnsSender _sns = new(TopicArn);
    private CommerceToolsSimulator _project = null!;
    private GatewayFactory _gateway = null!;

    private static Uri Endpoint => new($"http://localhost/webhooks/commercetools/{StoreId}");

    public async Task InitializeAsync()
    {
        _project = await CommerceToolsSimulator.StartAsync();
        CommerceToolsSeed.Fill(_project.Data, seed: 3, customers: 2, products: 1, orders: 3, Start);
        _gateway = new GatewayFactory(
            configure: settings =>
            {
                settings["Gateway:Stores:3:Id"] = StoreId;
                settings["Gateway:Stores:3:Platform"] = "Commercetools";
                settings["Gateway:Stores:3:Secret"] = "unused-sns-signs-itself";
                settings["Gateway:Stores:3:PortalId"] = TestStores.PortalA;
                settings["Gateway:Stores:3:DefaultCurrency"] = "USD";
                settings["Gateway:Stores:3:SnsTopicArn"] = TopicArn;
                settings["Gateway:Stores:3:Api:BaseUrl"] = _project.BaseUrl.ToString();
                settings["Gateway:Stores:3:Api:TokenUrl"] = _project.TokenUrl.ToString();
                settings["Gateway:Stores:3:Api:ClientId"] = _project.ClientId;
                settings["Gateway:Stores:3:Api:ClientSecret"] = _project.ClientSecret;
                settings["Gateway:Stores:3:Api:Account"] = _project.ProjectKey;
            },
            configureServices: services => services.AddHttpClient(SnsCertificates.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _sns.Amazon));
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _project.DisposeAsync();
        _sns.Dispose();
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task Deliver_SignedOrderCreatedNotification_AppendsTheOrderUnderTheMessagesId(string signatureVersion)
    {
        var response = await SendAsync(_sns.Notification(OrderCreated("msg-sns-1"), signatureVersion));

        Assert.Equal("appended", (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("status").GetString());
        var placed = Assert.Single(_gateway.Queue.Events<OrderPlaced>());
        Assert.Equal("order-0001", placed.Order.PlatformOrderId);
        Assert.All(_gateway.Queue.Appended, a => Assert.StartsWith($"commercetools:{StoreId}:message:msg-sns-1|", a.DeduplicationKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deliver_ThePaymentStateMessageThePollAlsoReads_MapsAsThePollUnderTheSameKeys()
    {
        _project.Data.SetPaymentState("order-0002", "Paid");
        var message = _project.Data.Messages.Last();
        var polled = await PollChangesAsync();

        var response = await SendAsync(_sns.Notification(message));

        await response.JsonAsync(HttpStatusCode.OK);
        Assert.NotEmpty(polled);
        Assert.Equal(
            polled.Select(e => (e.GetType(), e.Source.SourceId, e.Source.DeliveryId)),
            _gateway.Queue.Appended.Select(a => (ICanonicalEvent)a.Message).Select(e => (e.GetType(), e.Source.SourceId, e.Source.DeliveryId)));
    }

    [Fact]
    public async Task Deliver_SameMessageTwice_TheRepeatAppendsNothing()
    {
        await (await SendAsync(_sns.Notification(OrderCreated("msg-sns-2")))).JsonAsync(HttpStatusCode.OK);
        var appended = _gateway.Queue.Appended.Count;

        // SNS retries with a new SNS MessageId; the commercetools message id is what counts.
        var repeat = await (await SendAsync(_sns.Notification(OrderCreated("msg-sns-2")))).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("duplicate", repeat.GetProperty("status").GetString());
        Assert.Equal(appended, _gateway.Queue.Appended.Count);
    }

    [Fact]
    public async Task Deliver_TamperedMessage_Refused401AndKeptAsRejected()
    {
        var body = _sns.Notification(OrderCreated("msg-sns-3"));
        body["Message"] = OrderCreated("msg-sns-3", total: 1).ToJsonString();

        var problem = await (await SendAsync(body)).JsonAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(ProblemTypes.InvalidSignature, problem.GetProperty("type").GetString());
        await AssertKeptAsync(problem, DeliveryKind.Rejected, 401);
        Assert.Empty(_gateway.Queue.Appended);
    }

    [Fact]
    public async Task Deliver_SignedWithAnotherCertificate_Refused401()
    {
        using var impostor = new SnsSender(TopicArn, _sns.CertificateUrl);

        await (await SendAsync(impostor.Notification(OrderCreated("msg-sns-4")))).JsonAsync(HttpStatusCode.Unauthorized);

        Assert.Empty(_gateway.Queue.Appended);
    }

    [Fact]
    public async Task Deliver_FromATopicNotConfigured_Refused401AndKeptWithoutFetchingAnyCertificate()
    {
        using var stranger = new SnsSender("arn:aws:sns:eu-west-1:999999999999:someone-elses", _sns.CertificateUrl);

        var problem = await (await SendAsync(stranger.Notification(OrderCreated("msg-sns-5")))).JsonAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("not the SNS topic configured", problem.GetProperty("detail").GetString());
        await AssertKeptAsync(problem, DeliveryKind.Rejected, 401);
        Assert.Empty(_sns.Amazon.Requests);
    }

    [Theory]
    [InlineData("https://sns.eu-west-1.amazonaws.com.evil.example/cert.pem")]
    [InlineData("http://sns.eu-west-1.amazonaws.com/cert.pem")]
    [InlineData("https://sns.eu-west-1.amazonaws.com:8443/cert.pem")]
    [InlineData("https://evil.example/sns.eu-west-1.amazonaws.com/cert.pem")]
    public async Task Deliver_SigningCertUrlNotOnAnAllowedHttpsHost_Refused401AndNothingFetched(string certificateUrl)
    {
        using var elsewhere = new SnsSender(TopicArn, new Uri(certificateUrl));

        var problem = await (await SendAsync(elsewhere.Notification(OrderCreated("msg-sns-6")))).JsonAsync(HttpStatusCode.Unauthorized);

        Assert.Contains("allowed SNS host", problem.GetProperty("detail").GetString());
        Assert.Empty(_sns.Amazon.Requests);
    }

    [Fact]
    public async Task Confirm_SubscriptionConfirmationOfTheStoresTopic_GetsItsSubscribeUrl()
    {
        var confirmation = _sns.SubscriptionConfirmation();

        var response = await SendAsync(confirmation);

        await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal((string?)confirmation["SubscribeURL"], Assert.Single(_sns.Amazon.Confirmations).AbsoluteUri);
        Assert.Empty(_gateway.Queue.Appended);
    }

    [Fact]
    public async Task Confirm_SubscriptionConfirmationOfAnotherTopic_NotConfirmedAndRefused401()
    {
        using var stranger = new SnsSender("arn:aws:sns:eu-west-1:999999999999:someone-elses", _sns.CertificateUrl);

        await (await SendAsync(stranger.SubscriptionConfirmation())).JsonAsync(HttpStatusCode.Unauthorized);

        Assert.Empty(_sns.Amazon.Confirmations);
    }

    [Fact]
    public async Task Confirm_SubscribeUrlOffTheAllowedHosts_IsNotFollowed()
    {
        var response = await SendAsync(_sns.SubscriptionConfirmation(subscribeUrl: "https://evil.example/?Action=ConfirmSubscription"));

        await response.JsonAsync(HttpStatusCode.Accepted);
        Assert.Empty(_sns.Amazon.Confirmations);
    }

    private Task<HttpResponseMessage> SendAsync(JsonObject body) => _gateway.CreateClient().SendAsync(SnsSender.Request(Endpoint, body));

    private async Task<List<ICanonicalEvent>> PollChangesAsync()
    {
        var api = _gateway.Services.GetServices<IStoreApi>().Single(a => a.Platform == StorePlatform.Commercetools);
        var store = _gateway.Services.GetRequiredService<Gateway.Stores.StoreRegistry>().Find(StoreId, StorePlatform.Commercetools)!;
        var events = new List<ICanonicalEvent>();
        var cursor = StoreCursor.Start;
        for (var i = 0; i < 20; i++)
        {
            var page = await api.ReadPageAsync(store, StoreResource.Changes, cursor, default);
            events.AddRange(page.Events.Where(e => e.Source.DeliveryId?.Contains(_project.Data.Messages.Last()["id"]!.GetValue<string>(), StringComparison.Ordinal) == true));
            if (page.IsLast)
            {
                return events;
            }

            cursor = page.Next;
        }

        return events;
    }

    private JsonObject OrderCreated(string messageId, decimal? total = null)
    {
        var order = _project.Data.Orders["order-0001"].DeepClone().AsObject();
        if (total is { } cents)
        {
            order["totalPrice"]!["centAmount"] = (long)cents;
        }

        return new JsonObject
        {
            ["notificationType"] = "Message",
            ["id"] = messageId,
            ["version"] = 1,
            ["sequenceNumber"] = 1,
            ["resource"] = new JsonObject { ["typeId"] = "order", ["id"] = "order-0001" },
            ["resourceVersion"] = 1,
            ["type"] = "OrderCreated",
            ["order"] = order,
            ["createdAt"] = "2026-03-01T09:00:00.000Z",
            ["lastModifiedAt"] = "2026-03-01T09:00:00.000Z",
        };
    }

    private async Task AssertKeptAsync(System.Text.Json.JsonElement problem, DeliveryKind kind, int status)
    {
        var kept = await new GatewayAdmin(_gateway).GetAsync($"/admin/deliveries/{problem.GetProperty("recordId").GetInt64()}");
        Assert.Equal((kind.ToString(), status), (kept.GetProperty("kind").GetString(), kept.GetProperty("statusCode").GetInt32()));
    }
}
