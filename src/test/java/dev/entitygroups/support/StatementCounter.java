package dev.entitygroups.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the JDBC statements the application prepares, whether Hibernate or
 * {@code JdbcClient} sends them, by wrapping the application's {@link DataSource}.
 */
public class StatementCounter implements BeanPostProcessor {

	private static final Set<String> STATEMENT_FACTORIES = Set.of("prepareStatement", "createStatement", "prepareCall");

	private final AtomicLong count = new AtomicLong();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		return (bean instanceof DataSource dataSource) ? new CountingDataSource(dataSource) : bean;
	}

	/**
	 * Starts counting from zero.
	 */
	public void reset() {
		this.count.set(0);
	}

	/**
	 * Returns the statements prepared or created since the last reset.
	 * @return the count
	 */
	public long count() {
		return this.count.get();
	}

	private Connection counting(Connection connection) {
		return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { Connection.class },
				(proxy, method, args) -> {
					if (STATEMENT_FACTORIES.contains(method.getName())) {
						this.count.incrementAndGet();
					}
					try {
						return method.invoke(connection, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getTargetException();
					}
				});
	}

	private final class CountingDataSource extends DelegatingDataSource {

		CountingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return counting(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return counting(super.getConnection(username, password));
		}

	}

}
