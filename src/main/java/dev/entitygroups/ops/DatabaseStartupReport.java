package dev.entitygroups.ops;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Logs, once the service is ready, which database it uses and the schema version Flyway
 * migrated it to.
 */
@Component
class DatabaseStartupReport {

	private static final Logger logger = LoggerFactory.getLogger(DatabaseStartupReport.class);

	private final JdbcConnectionDetails connection;

	private final Flyway flyway;

	DatabaseStartupReport(JdbcConnectionDetails connection, Flyway flyway) {
		this.connection = connection;
		this.flyway = flyway;
	}

	@EventListener(ApplicationReadyEvent.class)
	void report() {
		MigrationInfo current = this.flyway.info().current();
		String version = (current != null && current.getVersion() != null) ? current.getVersion().getVersion() : "none";
		logger.info("Database {} is at schema version {}.", withoutCredentials(this.connection.getJdbcUrl()), version);
	}

	/**
	 * Strips what may hold a credential from a JDBC URL: the query string and any
	 * {@code user:password@} part.
	 * @param jdbcUrl the URL; may be {@code null}
	 * @return the URL without credentials, or {@code "(unknown)"} when there is none
	 */
	static String withoutCredentials(String jdbcUrl) {
		if (jdbcUrl == null) {
			return "(unknown)";
		}
		String url = jdbcUrl.replaceAll("[?;].*$", "");

		int scheme = url.indexOf("//");
		int at = url.lastIndexOf('@');
		return (scheme >= 0 && at > scheme) ? url.substring(0, scheme + 2) + url.substring(at + 1) : url;
	}

}
