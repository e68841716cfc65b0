namespace OrleansSync.HubSpot.Sandbox.Webhooks;

/// <summary>
/// Who is changing records right now, for the webhooks' <c>changeSource</c>/<c>sourceId</c>. API calls (the app's token)
/// are <c>INTEGRATION</c> with the app's id, as HubSpot names an integration's writes; the sandbox's "as a sales rep"
/// endpoints are <c>CRM_UI</c> with <c>userId:…</c>.
/// </summary>
internal sealed record ChangeActor(string ChangeSource, string SourceId)
{
    private static readonly AsyncLocal<ChangeActor?> CurrentActor = new();

    public static ChangeActor? Current => CurrentActor.Value;

    /// <summary>Makes changes within the returned scope come from a person in HubSpot's UI.</summary>
    public static IDisposable AsSalesRep(long userId)
    {
        var previous = CurrentActor.Value;
        CurrentActor.Value = new ChangeActor("CRM_UI", $"userId:{userId}");
        return new Scope(() => CurrentActor.Value = previous);
    }

    private sealed class Scope(Action end) : IDisposable
    {
        public void Dispose() => end();
    }
}
