using System.Diagnostics.Metrics;
using Microsoft.Playwright;
using OrleansSync.Dashboard.Tests.Infrastructure;

namespace OrleansSync.Dashboard.Tests;

public sealed class DataQualityAlertTests(DashboardHost host) : IClassFixture<DashboardHost>
{
    [Fact]
    public async Task MeasureNow_AfterDuplicateContactsWereCreatedInHubSpot_RaisesTheDuplicateRateAlert()
    {
        await ShopifyWebhooks.SendPaidOrderAsync(host.Anonymous, "shop-a", 8001, "gina@example.com", 10m);
        await Eventually.HoldsAsync(() => host.Crm.ContactExistsAsync("gina@example.com"), found => found, "contact gina@example.com in HubSpot");
        var before = (await host.Admin.PostJsonAsync("/admin/kpis/measure")).AsArray().Single()!["kpis"]!.AsArray()
            .Single(k => k!["name"]!.GetValue<string>() == "duplicate_rate")!;
        Assert.False(before["broken"]!.GetValue<bool>());

        // Someone keys the same person in twice by hand, with the phone written two ways.
        await host.Crm.CreateContactAsync("h.ivers@example.com", "+1 (555) 010-0100");
        await host.Crm.CreateContactAsync("hannah.ivers@example.com", "+1 555 010 0100");
        using var broken = new KpiBrokenListener();

        var (context, page) = await DashboardPage.SignInAsync(host);
        await using (context)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Measure now" }).ClickAsync();

            var alert = page.GetByTestId("kpi-alert");
            await Assertions.Expect(alert).ToBeVisibleAsync();
            await Assertions.Expect(alert).ToContainTextAsync("HubSpot contacts sharing a normalised email or phone is 66.67 %");
            await Assertions.Expect(page.GetByTestId("kpi-duplicate_rate")).ToHaveTextAsync("66.67 %");
            await Assertions.Expect(page.Locator("#health")).ToHaveAttributeAsync("data-level", "amber");
            await DashboardPage.ScreenshotAsync(page, "dashboard-kpi-alert.png");
        }

        var after = (await host.Admin.GetJsonAsync("/admin/kpis")).AsArray().Single()!["kpis"]!.AsArray().Single(k => k!["name"]!.GetValue<string>() == "duplicate_rate")!;
        Assert.True(after["broken"]!.GetValue<bool>());
        Assert.Contains("duplicate_rate", broken.Kpis);
    }

    /// <summary>Listens to the operations meter's broken-bar counter, as a metrics exporter would.</summary>
    private sealed class KpiBrokenListener : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly List<string> _kpis = [];

        public KpiBrokenListener()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Name == "orleanssync.kpi.broken")
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            {
                foreach (var tag in tags)
                {
                    if (tag.Key == "kpi")
                    {
                        lock (_kpis)
                        {
                            _kpis.Add((string)tag.Value!);
                        }
                    }
                }
            });
            _listener.Start();
        }

        public IReadOnlyList<string> Kpis
        {
            get
            {
                lock (_kpis)
                {
                    return [.. _kpis];
                }
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
