namespace OrleansSync.Runtime.Membership;

public enum SiloStatus
{
    Active,
    Leaving,
    Left,
    Dead,
}
