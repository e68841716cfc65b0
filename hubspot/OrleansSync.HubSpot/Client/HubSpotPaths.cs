namespace OrleansSync.HubSpot.Client;

/// <summary>Relative API paths for the configured version: legacy <c>v3</c>/<c>v4</c> or date-versioned (<c>2026-03</c>).</summary>
internal sealed class HubSpotPaths(string version)
{
    private readonly bool _legacy = version == "v3";

    public string Objects(string objectType) => _legacy ? $"crm/v3/objects/{objectType}" : $"crm/objects/{version}/{objectType}";

    public string AssociationBatch(string fromType, string toType) =>
        _legacy ? $"crm/v4/associations/{fromType}/{toType}/batch" : $"crm/associations/{version}/{fromType}/{toType}/batch";

    public string Properties(string objectType) => _legacy ? $"crm/v3/properties/{objectType}" : $"crm/properties/{version}/{objectType}";

    public string Pipelines(string objectType) => _legacy ? $"crm/v3/pipelines/{objectType}" : $"crm/pipelines/{version}/{objectType}";

    public string Events => _legacy ? "events/v3" : $"events/{version}";
}
