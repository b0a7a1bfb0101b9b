package org.fengqiao.platform.db;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one transaction manager (Spring Boot's own backs off): JDBC's, sending writes at commit with the commit. */
@Configuration(proxyBeanMethods = false)
class TransactionConfig {

	@Bean
	CommitWithWritesTransactionManager transactionManager(DataSource dataSource,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		CommitWithWritesTransactionManager manager = new CommitWithWritesTransactionManager(dataSource);
		customizers.ifAvailable(c -> c.customize(manager));
		return manager;
	}
}
