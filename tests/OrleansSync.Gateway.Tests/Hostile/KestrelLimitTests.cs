using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Hostile;

/// <summary>
/// What only a real Kestrel shows: a body that stops arriving, a body beyond Kestrel's own 30 MB limit. Both answered
/// 500 in the hostile-input run and were not kept. The body-read timeout is shortened to keep these tests fast.
/// </summary>
public sealed class KestrelLimitTests
{
    [Theory]
    [InlineData("/webhooks/shopify/shopify-shop")]
    [InlineData("/api/carts/legacy-cart/purchases")]
    [InlineData("/webhooks/hubspot")] // was kept as a 401 (no portal in the cut-off events)
    public async Task Deliver_BodyStopsArriving_Returns408AndKeepsTheBytesThatArrived(string path)
    {
        await using var gateway = KestrelGateway(out var server);

        var answer = await RawHttp.SendAsync(server, $"POST {path} HTTP/1.1\nHost: x\nContent-Type: application/json\nContent-Length: 500\n", "{\""u8.ToArray(), TimeSpan.FromSeconds(30));

        Assert.Equal(408, answer.Status);
        var kept = await KeptAsync(gateway, answer, DeliveryKind.Rejected, 408);
        Assert.Equal("{\"", kept.GetProperty("body").GetString());
    }

    // The run's exact case: Kestrel's own minimum data rate (240 bytes/s after a 5 s grace) ends the silent body first.
    [Fact]
    public async Task Deliver_SilentBodyUnderKestrelsDataRate_Returns408NotA500()
    {
        await using var gateway = KestrelGateway(out var server, bodyReadTimeout: "00:01:00");

        var answer = await RawHttp.SendAsync(server, "POST /webhooks/woocommerce/woo-shop HTTP/1.1\nHost: x\nContent-Type: application/json\nContent-Length: 500\n", "{\""u8.ToArray(), TimeSpan.FromSeconds(30));

        Assert.Equal(408, answer.Status);
        await KeptAsync(gateway, answer, DeliveryKind.Rejected, 408);
    }

    [Theory]
    [InlineData("/webhooks/woocommerce/woo-shop")]
    [InlineData("/webhooks/hubspot")]
    public async Task Deliver_DeclaredBodyOver30MB_Returns413AndKeepsTheFirstBytes(string path)
    {
        await using var gateway = KestrelGateway(out var server);
        var sent = Encoding.ASCII.GetBytes("{\"pad\":\"" + new string('x', 200 * 1024));

        var answer = await RawHttp.SendAsync(server, $"POST {path} HTTP/1.1\nHost: x\nContent-Type: application/json\nContent-Length: 40000000\n", sent, TimeSpan.FromSeconds(30));

        Assert.Equal(413, answer.Status);
        var kept = await KeptAsync(gateway, answer, DeliveryKind.Rejected, 413);
        Assert.True(kept.GetProperty("bodyTruncated").GetBoolean());
        Assert.StartsWith("{\"pad\":\"xxx", kept.GetProperty("body").GetString());
    }

    [Fact]
    public async Task Deliver_RealBodyOver30MB_Returns413AndTheGatewayStillAnswers()
    {
        await using var gateway = KestrelGateway(out var server);
        var sent = new byte[31 * 1024 * 1024];
        Array.Fill(sent, (byte)' ');

        var answer = await RawHttp.SendAsync(server, $"POST /api/carts/legacy-cart/leads HTTP/1.1\nHost: x\nContent-Type: application/json\nContent-Length: {sent.Length}\n", sent, TimeSpan.FromSeconds(30));

        Assert.Equal(413, answer.Status);
        await KeptAsync(gateway, answer, DeliveryKind.Rejected, 413);
        using var client = new HttpClient { BaseAddress = server };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    // Kestrel's default (32 KiB) would answer 431 itself, before the gateway could keep anything.
    [Fact]
    public async Task Deliver_HeadersOverTheGatewaysLimit_Returns431AndKeepsItOnKestrel()
    {
        await using var gateway = KestrelGateway(out var server);

        var answer = await RawHttp.SendAsync(
            server, $"POST /webhooks/shopify/shopify-shop HTTP/1.1\nHost: x\nContent-Type: application/json\nX-Padding: {new string('x', 40 * 1024)}\nContent-Length: 2\n", "{}"u8.ToArray(), TimeSpan.FromSeconds(30));

        Assert.Equal(431, answer.Status);
        await KeptAsync(gateway, answer, DeliveryKind.Rejected, 431);
    }

    private static GatewayFactory KestrelGateway(out Uri server, string bodyReadTimeout = "00:00:01")
    {
        var gateway = new GatewayFactory(configure: s => s["Gateway:BodyReadTimeout"] = bodyReadTimeout);
        gateway.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        gateway.StartServer();
        server = new Uri(gateway.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return gateway;
    }

    private static async Task<JsonElement> KeptAsync(GatewayFactory gateway, RawHttp.Answer answer, DeliveryKind kind, int status)
    {
        Assert.Contains("application/problem+json", answer.Head, StringComparison.OrdinalIgnoreCase);
        var body = answer.Body;
        if (!answer.Head.Contains("Content-Length", StringComparison.OrdinalIgnoreCase))
        {
            body = body[(body.IndexOf("\r\n", StringComparison.Ordinal) + 2)..]; // one chunk
        }

        var id = JsonDocument.Parse(body[..(body.LastIndexOf('}') + 1)]).RootElement.GetProperty("recordId").GetInt64();
        var kept = await new GatewayAdmin(gateway).GetAsync($"/admin/deliveries/{id}");
        Assert.Equal((kind.ToString(), status), (kept.GetProperty("kind").GetString(), kept.GetProperty("statusCode").GetInt32()));
        return kept;
    }
}
