using Orleans.Configuration;

namespace OrleansSync.Silo.Startup;

/// <summary>
/// Membership and messaging settings chosen for fast recovery from a dead silo (measured in
/// <c>shared/reference/orleans-postgres.md</c>: grains served again after ~1.4 s instead of ~8 s). Each can still be
/// overridden under <c>Orleans:Membership</c> / <c>Orleans:Messaging</c>.
/// </summary>
internal static class FailoverDefaults
{
    public static void Apply(ClusterMembershipOptions o)
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(1);            // default 5 s
        o.NumMissedProbesLimit = 2;                          // default 3
        o.NumVotesForDeathDeclaration = 2;                   // default 2
        o.TableRefreshTimeout = TimeSpan.FromSeconds(5);     // default 60 s
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(5); // default 30 s
    }

    /// <summary>A call to a dead silo fails after this instead of 30 s; every sender hands its messages over again.</summary>
    public static readonly TimeSpan ResponseTimeout = TimeSpan.FromSeconds(5);
}
