using System.Text.Json;
using System.Text.Json.Serialization;

namespace OrleansSync.Workload.Verification;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<SandboxRecordWire>))]
[JsonSerializable(typeof(List<SandboxCallWire>))]
internal sealed partial class VerificationJsonContext : JsonSerializerContext;
