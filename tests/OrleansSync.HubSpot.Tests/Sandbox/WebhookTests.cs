using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Tests.Support;

namespace OrleansSync.HubSpot.Tests.Sandbox;

public sealed class WebhookTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task SendWebhook_ToReceiver_CarriesValidV3Signature()
    {
        var received = new TaskCompletionSource<(string Body, string Signature, string Timestamp, string Uri)>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        await using var receiver = builder.Build();
        receiver.MapPost("/hooks", async (HttpContext http) =>
        {
            var body = await new StreamReader(http.Request.Body).ReadToEndAsync();
            received.SetResult((body, http.Request.Headers["X-HubSpot-Signature-v3"].ToString(), http.Request.Headers["X-HubSpot-Request-Timestamp"].ToString(), $"{http.Request.Scheme}://{http.Request.Host}{http.Request.Path}{http.Request.QueryString}"));
            return Results.Ok();
        });
        await receiver.StartAsync();
        var target = new Uri(receiver.Urls.First() + "/hooks?tenant=a");
        var evt = JsonDocument.Parse("""{"eventId":1,"subscriptionType":"contact.propertyChange","objectId":42,"propertyName":"lifecyclestage","propertyValue":"customer","attemptNumber":0}""").RootElement;

        var status = await fixture.Sandbox.SendWebhookAsync(target, "client-secret", [evt], CancellationToken.None);
        var (body, signature, timestamp, uri) = await received.Task.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(200, status);
        var expected = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes("client-secret"), Encoding.UTF8.GetBytes("POST" + uri + body + timestamp)));
        Assert.Equal(expected, signature);
        Assert.StartsWith("[{", body);
    }
}
