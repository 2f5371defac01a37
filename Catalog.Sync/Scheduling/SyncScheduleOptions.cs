using Quartz;

namespace Catalog.Sync.Scheduling;

/// <summary>What a scheduled run does when the scheduler was down at its fire time.</summary>
public enum SyncMisfirePolicy
{
    /// <summary>Skip the missed run and wait for the next scheduled one (the default).</summary>
    SkipToNext,
    /// <summary>Run once as soon as the scheduler is back, then go on with the schedule.</summary>
    RunOnce,
}

/// <summary>The schedule of the sync job (configuration section <c>Sync:Schedule</c>).</summary>
public sealed class SyncScheduleOptions
{
    public const string Section = "Sync:Schedule";

    /// <summary>Whether this process runs scheduled syncs at all. An API replica of a scaled deployment sets false.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A Quartz cron expression (seconds first). Default: every night at 02:30.</summary>
    public string Cron { get; set; } = "0 30 2 * * ?";

    /// <summary>The time zone <see cref="Cron"/> is read in (IANA id).</summary>
    public string TimeZone { get; set; } = "Europe/Madrid";

    public SyncMisfirePolicy Misfire { get; set; } = SyncMisfirePolicy.SkipToNext;

    /// <summary>
    /// With the in-memory store (SQLite), run once at start-up when the last successful run is older than one schedule
    /// period, since a RAM store forgets the fire times it missed while the process was down.
    /// </summary>
    public bool CatchUpAtStart { get; set; } = true;

    /// <summary>
    /// At shutdown, wait for a running sync to finish (true) or cancel it, which rolls it back and records it
    /// cancelled (false, the default: a national run should not hold a deployment up).
    /// </summary>
    public bool WaitForRunAtShutdown { get; set; }

    /// <summary>How often a clustered node checks in; a node silent for longer than this plus a margin is recovered.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long an idle node waits before it looks for due runs again (at least one second). Nodes are not told of a
    /// run requested on another node (an API replica of a scaled deployment), so such a run starts within about this long.
    /// </summary>
    public TimeSpan IdlePollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The Quartz instance id of this node; generated (host name + time) when empty.</summary>
    public string? InstanceId { get; set; }

    public TimeZoneInfo ResolveTimeZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        }
        catch (TimeZoneNotFoundException exception)
        {
            throw new InvalidOperationException($"{Section}:TimeZone '{TimeZone}' is not a time zone this system knows.", exception);
        }
    }

    /// <summary>The cron expression in its time zone; refuses a malformed one with the reason.</summary>
    public CronExpression ResolveCron()
    {
        try
        {
            return new CronExpression(Cron, ResolveTimeZone());
        }
        catch (FormatException exception)
        {
            throw new InvalidOperationException($"{Section}:Cron '{Cron}' is not a valid Quartz cron expression: {exception.Message}", exception);
        }
    }

    /// <summary>The time between two scheduled runs around <paramref name="now"/>: what "one schedule period" means.</summary>
    public TimeSpan Period(DateTimeOffset now)
    {
        var cron = ResolveCron();
        var next = cron.GetNextValidTimeAfter(now);
        var after = next is { } n ? cron.GetNextValidTimeAfter(n) : null;
        return next is { } first && after is { } second ? second - first : TimeSpan.FromDays(1);
    }
}
