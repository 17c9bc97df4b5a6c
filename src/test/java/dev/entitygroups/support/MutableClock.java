package dev.entitygroups.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in integration tests: the system clock, shifted by an offset or
 * stopped at an instant a test sets, so that tests move time instead of sleeping.
 */
public class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	private volatile Instant fixed;

	/**
	 * Shifts the clock from real time.
	 * @param offset how far ahead (positive) or behind (negative) of real time
	 */
	public void shift(Duration offset) {
		this.offset = offset;
	}

	/**
	 * Stops the clock at an instant until the next {@link #fix} or {@link #reset}.
	 * @param instant the instant the clock reads
	 */
	public void fix(Instant instant) {
		this.fixed = instant;
	}

	/**
	 * Returns the clock to real time.
	 */
	public void reset() {
		this.offset = Duration.ZERO;
		this.fixed = null;
	}

	@Override
	public Instant instant() {
		Instant fixedAt = this.fixed;
		return (fixedAt != null) ? fixedAt : Instant.now().plus(this.offset);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The test clock is UTC only");
	}

}
