package dev.entitygroups.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The beans every integration test shares: a clock tests can move and a counter of SQL
 * statements.
 */
@TestConfiguration(proxyBeanMethods = false)
class SharedTestBeans {

	@Bean
	@Primary
	MutableClock mutableClock() {
		return new MutableClock();
	}

	@Bean
	static StatementCounter statementCounter() {
		return new StatementCounter();
	}

}
