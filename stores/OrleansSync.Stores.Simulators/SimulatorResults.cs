using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OrleansSync.Stores.Simulators;

/// <summary>JSON answers written from the records' nodes as they are (no serializer metadata needed).</summary>
public static class SimulatorResults
{
    public static IResult Json(JsonNode node, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(node.ToJsonString(), "application/json", System.Text.Encoding.UTF8, statusCode);
}
