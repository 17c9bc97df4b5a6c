package dev.entitygroups.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in integration tests: the system clock, shifted by an offset a test
 * may set, so that tests move time instead of sleeping.
 */
public class MutableClock extends Clock {

	private volatile Duration offset = Duration.ZERO;

	/**
	 * Shifts the clock from real time.
	 * @param offset how far ahead (positive) or behind (negative) of real time
	 */
	public void shift(Duration offset) {
		this.offset = offset;
	}

	/**
	 * Returns the clock to real time.
	 */
	public void reset() {
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
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
