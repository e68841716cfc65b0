namespace OrleansSync.Silo.Demo;

/// <summary>Counts the webhook posts the demo sends and the ones the gateway accepted (2xx), for the progress line.</summary>
internal sealed class DeliveryCounter : DelegatingHandler
{
    private int _posted;
    private int _accepted;

    public DeliveryCounter()
        : base(new SocketsHttpHandler())
    {
    }

    public int Posted => Volatile.Read(ref _posted);

    public int Accepted => Volatile.Read(ref _accepted);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _posted);
        var response = await base.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            Interlocked.Increment(ref _accepted);
        }

        return response;
    }
}
