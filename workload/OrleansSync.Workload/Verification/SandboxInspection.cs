using System.Globalization;
using System.Net.Http.Json;

namespace OrleansSync.Workload.Verification;

/// <summary>Reads one portal of the HubSpot sandbox through its inspection API (no auth, not rate limited).</summary>
internal sealed class SandboxInspection(HttpClient http, Uri sandbox, long portalId)
{
    public async Task<List<SandboxRecordWire>> ObjectsAsync(string objectType, CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync(Path($"objects/{objectType}"), VerificationJsonContext.Default.ListSandboxRecordWire, cancellationToken) ?? [];

    public async Task<List<SandboxCallWire>> CallsAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync(Path("calls"), VerificationJsonContext.Default.ListSandboxCallWire, cancellationToken) ?? [];

    private Uri Path(string tail) => new(sandbox, $"_sandbox/portals/{portalId.ToString(CultureInfo.InvariantCulture)}/{tail}");
}
