namespace OrleansSync.Stores.CommerceTools.Sns;

/// <summary>Where SNS signing certificates and subscription confirmations may be fetched from (section <c>Gateway:Sns</c>).</summary>
public sealed class SnsOptions
{
    public const string SectionName = "Gateway:Sns";

    /// <summary>
    /// Host patterns a <c>SigningCertURL</c> or <c>SubscribeURL</c> must match (always over https); <c>*</c> stands for one
    /// DNS label. Default <c>sns.*.amazonaws.com</c> (plus the China regions' <c>sns.*.amazonaws.com.cn</c>).
    /// </summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>The hosts in force: the configured ones, else Amazon's.</summary>
    public IReadOnlyList<string> HostPatterns => AllowedHosts.Count > 0 ? AllowedHosts : ["sns.*.amazonaws.com", "sns.*.amazonaws.com.cn"];
}
