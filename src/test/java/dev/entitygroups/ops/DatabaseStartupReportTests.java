package dev.entitygroups.ops;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseStartupReportTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			jdbc:postgresql://localhost:5432/postgres                     | jdbc:postgresql://localhost:5432/postgres
			jdbc:postgresql://db:5432/app?user=app&password=secret        | jdbc:postgresql://db:5432/app
			jdbc:postgresql://app:secret@db:5432/app                      | jdbc:postgresql://db:5432/app
			jdbc:sqlserver://db:1433;user=app;password=secret             | jdbc:sqlserver://db:1433
			""")
	void dropsCredentialsFromTheUrl(String url, String logged) {
		assertThat(DatabaseStartupReport.withoutCredentials(url)).isEqualTo(logged);
	}

}
