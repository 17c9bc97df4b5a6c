package dev.entitygroups.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The PostgreSQL database of one test run: a Testcontainers {@code postgres:16} when
 * Docker answers, otherwise a fresh database on the local server named by
 * {@code TEST_DATABASE_URL}; never skipped.
 */
public final class TestDatabase {

	private static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/test";

	private static TestDatabase instance;

	private final String url;

	private final String username;

	private final String password;

	private TestDatabase(String url, String username, String password) {
		this.url = url;
		this.username = username;
		this.password = password;
	}

	/**
	 * Returns this run's database, starting or creating it on first use.
	 * @return the database
	 * @throws IllegalStateException when neither Docker nor the local PostgreSQL answers
	 */
	public static synchronized TestDatabase get() {
		if (instance == null) {
			instance = dockerAvailable() ? startContainer() : createLocal();
		}
		return instance;
	}

	public String url() {
		return this.url;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	private static boolean dockerAvailable() {
		boolean configured = System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"));
		if (!configured) {
			return false;
		}
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static TestDatabase startContainer() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:16");
		container.start();
		Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
		return new TestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
	}

	private static TestDatabase createLocal() {
		String serverUrl = env("TEST_DATABASE_URL", DEFAULT_URL);
		String password = env("TEST_DATABASE_PASSWORD", "");
		String name = "egs_test_" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMddHHmmss")) + "_"
				+ Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xfffff));
		try (Connection connection = connect(serverUrl, password); Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("No database for the tests: Docker does not answer and PostgreSQL at "
					+ serverUrl + " (user postgres) refused: " + ex.getMessage()
					+ ". Start PostgreSQL or set TEST_DATABASE_URL / TEST_DATABASE_PASSWORD.", ex);
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(serverUrl, password, name)));
		String url = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + name;
		return new TestDatabase(url, "postgres", password);
	}

	private static void drop(String serverUrl, String password, String name) {
		try (Connection connection = connect(serverUrl, password); Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
		}
		catch (SQLException ex) {
			// The run is over; a database left behind is harmless and named by its date.
		}
	}

	private static Connection connect(String url, String password) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", "postgres");
		properties.setProperty("password", password);
		return DriverManager.getConnection(url, properties);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
