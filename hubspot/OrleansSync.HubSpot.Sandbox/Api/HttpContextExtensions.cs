using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using OrleansSync.HubSpot.Sandbox.Portals;

namespace OrleansSync.HubSpot.Sandbox.Api;

internal static class HttpContextExtensions
{
    /// <summary>The portal the bearer token resolved to (set by <see cref="HubSpotApiFilter"/>).</summary>
    public static SandboxPortal Portal(this HttpContext http) => (SandboxPortal)http.Items[HubSpotApiFilter.PortalKey]!;

    public static void CountInputs(this HttpContext http, int count) => http.Items[HubSpotApiFilter.InputsKey] = count;

    /// <summary>Reads a JSON body; null when it is missing or malformed (the caller answers 400).</summary>
    public static async Task<T?> ReadBodyAsync<T>(this HttpContext http, JsonTypeInfo<T> typeInfo)
        where T : class
    {
        try
        {
            return await JsonSerializer.DeserializeAsync(http.Request.Body, typeInfo, http.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
