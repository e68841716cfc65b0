using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansSync.Bench.Workload;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(E2eFigures))]
internal sealed partial class E2eJsonContext : JsonSerializerContext;
