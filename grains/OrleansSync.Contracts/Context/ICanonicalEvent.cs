namespace OrleansSync.Contracts.Context;

/// <summary>An event a store adapter produces in the platform-neutral (canonical) form.</summary>
public interface ICanonicalEvent
{
    StoreContext Store { get; }

    SourceStamp Source { get; }
}
