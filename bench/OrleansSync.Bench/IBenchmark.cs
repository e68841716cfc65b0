namespace OrleansSync.Bench;

/// <summary>One benchmark scenario: prints its figures (and a baseline beside them) to the console.</summary>
public interface IBenchmark
{
    /// <summary>Name used on the command line: <c>dotnet run --project bench/OrleansSync.Bench -- NAME</c>.</summary>
    string Name { get; }

    string Description { get; }

    Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken);
}
