namespace OrleansSync.Runtime.Grains;

/// <summary>
/// Base class of a grain with typed persistent state. The runtime loads <see cref="State"/> before
/// the first turn and saves it with every turn that commits; a turn that throws is rolled back
/// (state restored to the last committed version).
/// </summary>
public abstract class Grain<TState> : IGrainActivation
    where TState : class, new()
{
    private IGrainContext? _context;

    protected TState State { get; set; } = new();

    protected IGrainContext Context => _context ?? throw new InvalidOperationException("The grain is not activated.");

    protected GrainId Id => Context.Id;

    protected DateTimeOffset Now => Context.Clock.GetUtcNow();

    public virtual ValueTask OnActivateAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <summary>Runs when an idle activation is collected. Not run on a crash: write nothing here that a turn did not commit.</summary>
    public virtual ValueTask OnDeactivateAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    Type IGrainActivation.StateType => typeof(TState);

    object IGrainActivation.State
    {
        get => State;
        set => State = (TState)value;
    }

    void IGrainActivation.Attach(IGrainContext context) => _context = context;
}
