namespace Catalog.Testing;

/// <summary>A clock that says what the test wants it to say; <see cref="Advance"/> moves it.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    private DateTimeOffset _now = now;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
