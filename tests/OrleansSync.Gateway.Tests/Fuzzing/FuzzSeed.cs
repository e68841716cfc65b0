using System.Globalization;

namespace OrleansSync.Gateway.Tests.Fuzzing;

/// <summary>
/// The fuzz run's seed and size: fixed by default so every run sends the same cases; <c>ORLEANSSYNC_FUZZ_SEED</c> and
/// <c>ORLEANSSYNC_FUZZ_CASES</c> override them (e.g. to replay a seed a failure printed, or to run longer locally).
/// </summary>
internal static class FuzzSeed
{
    public const int DefaultSeed = 20261201;

    public static int Seed { get; } = Read("ORLEANSSYNC_FUZZ_SEED", DefaultSeed);

    /// <summary>Cases per endpoint test; the defaults keep the whole fuzz run under a minute on a shared 2-core machine.</summary>
    public static int Cases(int defaultCases) => Read("ORLEANSSYNC_FUZZ_CASES", defaultCases);

    public static string Replay(int caseNumber) =>
        $"seed {Seed}, case {caseNumber} (replay: ORLEANSSYNC_FUZZ_SEED={Seed} dotnet test tests/OrleansSync.Gateway.Tests -c Release --filter FullyQualifiedName~Fuzzing)";

    private static int Read(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
