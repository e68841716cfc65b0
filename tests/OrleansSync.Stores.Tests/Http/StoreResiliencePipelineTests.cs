using System.Net;
using OrleansSync.Stores.Http;

namespace OrleansSync.Stores.Tests.Http;

public sealed class StoreResiliencePipelineTests
{
    private static readonly Uri Store = new("http://store.test/api/orders");

    [Fact]
    public async Task Send_GetAnswered503ThenOk_IsRetriedAndReturnsTheAnswer()
    {
        var wire = new ScriptedStore(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);

        using var response = await Client(wire).GetAsync(Store);

        Assert.Equal((HttpStatusCode.OK, 2), (response.StatusCode, wire.Calls));
    }

    [Fact]
    public async Task Send_PostAnswered503_IsSentOnceBecauseTheStoreMayHaveAppliedIt()
    {
        var wire = new ScriptedStore(HttpStatusCode.ServiceUnavailable, HttpStatusCode.Created);

        using var response = await Client(wire).PostAsync(Store, new StringContent("{}"));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, 1), (response.StatusCode, wire.Calls));
    }

    [Fact]
    public async Task Send_PostMarkedRepeatable_IsRetried()
    {
        var wire = new ScriptedStore(HttpStatusCode.BadGateway, HttpStatusCode.OK);
        using var request = new HttpRequestMessage(HttpMethod.Post, Store) { Content = new FormUrlEncodedContent([new("grant_type", "client_credentials")]) }.AsRepeatable();

        using var response = await Client(wire).SendAsync(request);

        Assert.Equal((HttpStatusCode.OK, 2), (response.StatusCode, wire.Calls));
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Unauthorized)]
    [InlineData(HttpStatusCode.NotFound)]
    public async Task Send_ClientError_IsNotRetried(HttpStatusCode status)
    {
        var wire = new ScriptedStore(status, HttpStatusCode.OK);

        using var response = await Client(wire).GetAsync(Store);

        Assert.Equal((status, 1), (response.StatusCode, wire.Calls));
    }

    [Fact]
    public async Task Send_408And429WithoutRetryAfter_AreRetriedWithBackoff()
    {
        var wire = new ScriptedStore(HttpStatusCode.RequestTimeout, HttpStatusCode.TooManyRequests, HttpStatusCode.OK);

        using var response = await Client(wire).GetAsync(Store);

        Assert.Equal((HttpStatusCode.OK, 3), (response.StatusCode, wire.Calls));
    }

    [Fact]
    public async Task Send_EveryAttemptTimesOut_FailsAsATransportErrorAfterTheRetries()
    {
        var wire = new ScriptedStore(HttpStatusCode.OK) { Delay = TimeSpan.FromSeconds(5) };

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => Client(wire, o => o.AttemptTimeout = TimeSpan.FromMilliseconds(100)).GetAsync(Store));

        Assert.Contains("No answer within 0.1 s", error.Message);
        Assert.Equal(3, wire.Calls);
    }

    [Fact]
    public async Task Send_RetryAfterLongerThanTheClientWaits_ReturnsThe429AtOnce()
    {
        var wire = new ScriptedStore(HttpStatusCode.TooManyRequests, HttpStatusCode.OK) { RetryAfter = "120" };

        using var response = await Client(wire).GetAsync(Store);

        Assert.Equal((HttpStatusCode.TooManyRequests, 1), (response.StatusCode, wire.Calls));
        Assert.Equal(TimeSpan.FromMinutes(2), StoreRetryAfter.Of(response));
    }

    [Fact]
    public void RetryAfter_ShopifysFractionalSecondsAndBigCommercesResetMs_AreBothRead()
    {
        using var shopify = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        shopify.Headers.TryAddWithoutValidation("Retry-After", "2.0");
        using var bigCommerce = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        bigCommerce.Headers.Add("X-Rate-Limit-Time-Reset-Ms", "1500");

        Assert.Equal((TimeSpan.FromSeconds(2), TimeSpan.FromMilliseconds(1500)), (StoreRetryAfter.Of(shopify), StoreRetryAfter.Of(bigCommerce)));
    }

    private static HttpClient Client(ScriptedStore wire, Action<StoreHttpOptions>? configure = null)
    {
        var options = new StoreHttpOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(10) };
        configure?.Invoke(options);
        return new HttpClient(new StoreResilienceHandler(StoreResiliencePipeline.Create(options, TimeProvider.System)) { InnerHandler = wire });
    }

    /// <summary>Answers each call with the next status of its script (the last one repeats).</summary>
    private sealed class ScriptedStore(params HttpStatusCode[] script) : HttpMessageHandler
    {
        private int _calls;

        public int Calls => _calls;

        public TimeSpan Delay { get; init; }

        public string? RetryAfter { get; init; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            await Task.Delay(Delay, cancellationToken);
            var response = new HttpResponseMessage(script[Math.Min(call, script.Length) - 1]);
            if (RetryAfter is not null)
            {
                response.Headers.TryAddWithoutValidation("Retry-After", RetryAfter);
            }

            return response;
        }
    }
}
