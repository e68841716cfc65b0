using System.Net;
using System.Text.Json;
using OrleansSync.Gateway.Deliveries;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Hostile;

/// <summary>Asserts what an operator sees of a refusal: a problem-details answer and the kept record it names.</summary>
internal static class KeptRefusal
{
    public static async Task<JsonElement> AssertKeptAsync(GatewayFactory gateway, HttpResponseMessage response, HttpStatusCode status, string problemType, DeliveryKind kind = DeliveryKind.Rejected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        var answer = document.RootElement;
        long id;
        if (kind == DeliveryKind.Rejected)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(problemType, answer.GetProperty("type").GetString());
            id = answer.GetProperty("recordId").GetInt64();
        }
        else
        {
            id = answer.GetProperty("recordId").GetInt64();
        }

        var kept = await new GatewayAdmin(gateway).GetAsync($"/admin/deliveries/{id}");
        Assert.Equal(kind.ToString(), kept.GetProperty("kind").GetString());
        Assert.Equal((int)status, kept.GetProperty("statusCode").GetInt32());
        return kept;
    }
}
