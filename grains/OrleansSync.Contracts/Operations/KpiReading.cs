namespace OrleansSync.Contracts.Operations;

/// <summary>One data-quality KPI against its bar from the seeds.</summary>
/// <param name="Name">Stable id, e.g. <c>duplicate_rate</c> (one of <see cref="KpiNames"/>).</param>
/// <param name="Label">What it measures, in words.</param>
/// <param name="Percent">The measured value in percent; null when there was nothing to measure (no orders yet).</param>
/// <param name="BarPercent">The seed's bar in percent.</param>
/// <param name="HigherIsBetter">True: the value must be at least the bar; false: below it.</param>
/// <param name="Broken">The bar is broken (never when <see cref="Percent"/> is null).</param>
/// <param name="Measured">How many things were counted (contacts, deals, orders, records).</param>
/// <param name="Detail">How it was measured, in words.</param>
[GenerateSerializer]
[Alias("kpi-reading.v1")]
public sealed record KpiReading(
    string Name,
    string Label,
    decimal? Percent,
    decimal BarPercent,
    bool HigherIsBetter,
    bool Broken,
    long Measured,
    string Detail);
