using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OrleansSync.Gateway.Tests.Infrastructure;

namespace OrleansSync.Gateway.Tests.Admin;

public sealed class OpenApiTests
{
    [Fact]
    public async Task OpenApiDocument_ListsEveryMappedEndpointAndMethod()
    {
        await using var gateway = new GatewayFactory();
        var document = await gateway.CreateClient().GetJsonAsync("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        var endpoints = gateway.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/openapi", StringComparison.Ordinal))
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true }) // the grid dashboard's UI
            .SelectMany(e => e.Metadata.OfType<HttpMethodMetadata>().SelectMany(m => m.HttpMethods), (e, method) => (Path: OpenApiPath(e.RoutePattern.RawText!), Method: method.ToLowerInvariant()))
            .ToList();

        Assert.True(endpoints.Count >= 14, $"found only {endpoints.Count} endpoints");
        foreach (var (path, method) in endpoints)
        {
            Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing from the OpenAPI document");
            Assert.True(item.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path} is missing from the OpenAPI document");
        }
    }

    private static string OpenApiPath(string pattern) => "/" + pattern.Replace(":long", "", StringComparison.Ordinal).Trim('/');
}
