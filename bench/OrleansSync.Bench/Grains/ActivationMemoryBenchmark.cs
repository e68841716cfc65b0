using OrleansSync.Bench.Reporting;

namespace OrleansSync.Bench.Grains;

/// <summary>
/// Managed memory per idle activation in an Orleans silo (in this process): a trivial counter grain (like for like with
/// the retired runtime's figure) and the real <c>CustomerGrain</c> after a small <c>CustomerCreated</c> has synced.
/// </summary>
public sealed class ActivationMemoryBenchmark : IBenchmark
{
    private const double RetiredBytesPerActivation = 588;

    public string Name => "activation-memory";

    public string Description => "managed heap per idle activation: a counter grain and the real CustomerGrain (in-memory storage). Args: [--count N]";

    public async Task RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var count = new BenchArgs(args).Int("--count", 100_000);
        await RunConditions.PrintAsync(postgres: false, "activations created 256 at a time, then idle",
        [
            ("silo", "1 in-process silo + client (Orleans TestingHost 10.4.2), workstation GC, Release build"),
            ("storage", "in-memory grain storage and reminders (state copies stay in the process after deactivation)"),
            ("activations", $"{count:N0} per grain kind, after 1,000 warm-up activations (deactivated before 'before')"),
            ("measure", "GC.GetTotalMemory after forced compacting full GCs: before, with all live and idle, after deactivating them"),
            ("CustomerGrain", "one CustomerCreated (no platform id, no address) each; contact synced to a HubSpot sandbox in this process"),
        ], cancellationToken);

        Console.WriteLine($"  counter grain: activating {count:N0}…");
        var counter = await CounterActivations.MeasureAsync(count, cancellationToken);
        Console.WriteLine($"  CustomerGrain: activating {count:N0} and syncing their contacts…");
        var customer = await CustomerActivations.MeasureAsync(count, cancellationToken);
        Console.WriteLine();

        var table = new FigureTable("figure", "counter grain", "CustomerGrain", "retired runtime (README)");
        table.Add("activated in", $"{counter.ActivationTime.TotalSeconds:N1} s", $"{customer.ActivationTime.TotalSeconds:N1} s (+ sync until idle)", "-");
        table.Add("bytes freed per activation by deactivating (the idle activation itself)", $"{counter.FreedPerActivation:N0} B", $"{customer.FreedPerActivation:N0} B", $"{RetiredBytesPerActivation:N0} B (counter grain)");
        table.Add("heap growth per activation while live (everything the process keeps)", $"{counter.GrowthPerActivation:N0} B", $"{customer.GrowthPerActivation:N0} B", "588 B, incl. its state row in the in-memory store");
        table.Add("left per activation after deactivation (stored state, ids, sandbox)", $"{counter.RemainingPerActivation:N0} B", $"{customer.RemainingPerActivation:N0} B", "-");
        table.Add("ratio to the retired runtime (freed per activation)", $"{counter.FreedPerActivation / RetiredBytesPerActivation:N1}×", $"{customer.FreedPerActivation / RetiredBytesPerActivation:N1}×", "1.0×");
        table.Add("heap before / live / after", Mb(counter), Mb(customer), "-");
        table.Print();
        RunConditions.PrintLoadAtEnd();
    }

    private static string Mb(HeapFigures f) => $"{f.Before / 1048576.0:N0} / {f.Live / 1048576.0:N0} / {f.AfterDeactivation / 1048576.0:N0} MiB";
}
