/**
 * What an operator sees of a running service beyond the API: the startup facts it logs.
 * Health probes, Prometheus metrics and the production profile are configured in
 * {@code application.properties} and {@code application-prod.properties}; a feature that
 * wants a meter of its own injects Micrometer's {@code MeterRegistry} and names the meter
 * {@code entitygroups.<feature>.<what>}.
 */
package dev.entitygroups.ops;
