using Catalog.Sync.Scheduling;

namespace Catalog.Sync.Tests.Scheduling;

public sealed class SyncScheduleOptionsTests
{
    [Fact]
    public void The_default_schedule_is_nightly_at_half_past_two_in_madrid()
    {
        var options = new SyncScheduleOptions();
        var madrid = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

        var next = options.ResolveCron().GetNextValidTimeAfter(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero))!.Value;

        var local = TimeZoneInfo.ConvertTime(next, madrid);
        Assert.Equal((new DateTime(2026, 7, 2), 2, 30), (local.Date, local.Hour, local.Minute));
        Assert.Equal(SyncMisfirePolicy.SkipToNext, options.Misfire);
    }

    [Fact]
    public void One_schedule_period_of_a_nightly_cron_is_a_day()
        => Assert.Equal(TimeSpan.FromDays(1), new SyncScheduleOptions().Period(new DateTimeOffset(2026, 7, 1, 12, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void An_hourly_cron_has_a_period_of_an_hour()
        => Assert.Equal(TimeSpan.FromHours(1), new SyncScheduleOptions { Cron = "0 0 * * * ?" }.Period(DateTimeOffset.UtcNow));

    [Fact]
    public void A_malformed_cron_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SyncScheduleOptions { Cron = "every night" }.ResolveCron());
        Assert.Contains("Sync:Schedule:Cron 'every night'", error.Message);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_naming_the_setting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SyncScheduleOptions { TimeZone = "Europe/Atlantis" }.ResolveCron());
        Assert.Contains("Sync:Schedule:TimeZone 'Europe/Atlantis'", error.Message);
    }
}
