using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OrleansSync.Gateway.Health;

/// <summary>
/// Writes <c>/health/ready</c> as JSON naming each check, so an operator (or an orchestrator's log) sees why the gateway
/// is not ready — e.g. that the delivery queue's database is away and deliveries are answered 503 meanwhile.
/// </summary>
internal static class ReadinessReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var body = new ReadinessReport(
            report.Status.ToString(),
            [.. report.Entries.Select(e => new ReadinessCheck(e.Key, e.Value.Status.ToString(), e.Value.Description))]);
        context.Response.ContentType = "application/json";
        return JsonSerializer.SerializeAsync(context.Response.Body, body, GatewayJsonContext.Default.ReadinessReport, context.RequestAborted);
    }
}
