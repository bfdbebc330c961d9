package org.jigai.base.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;

/**
 * Landed migrations are never edited. Two were, after main had landed them: V16 and V18 exist in more than one text
 * across the builds that landed. Both are now exactly as main landed them at 3714817 (V16 with the acceptance time and
 * one going engagement per need and provider, V18 with one project per engagement and the project edits); V19 and V22
 * carry the same changes for databases that ran an older text, written with IF [NOT] EXISTS so that they run on
 * databases of every kind. A database that ran one
 * of the other texts records that text's checksum, so before migrating exactly those recorded checksums — and no
 * other — are set to the checksum of the landed file; then V19 and V22 bring every database to the same tables.
 */
@Configuration(proxyBeanMethods = false)
class LandedMigrations {

    private static final Logger log = LoggerFactory.getLogger(LandedMigrations.class);
    /**
     * The checksums Flyway recorded for the other texts of the landed migrations: V16 of builds 8bdcfae and 941b3d0
     * (the oldest text) and 5b21a7d; V18 of builds 8bdcfae and 941b3d0 (without the two additions) and 85267e4.
     */
    static final Map<String, Set<Integer>> EDITED = Map.of("16", Set.of(1252199767, -1520849371),
            "18", Set.of(1800039568, 568021334));
    static final Map<String, String> FILES = Map.of("16", "db/migration/V16__engagements.sql",
            "18", "db/migration/V18__project_library.sql");

    @Bean
    FlywayMigrationStrategy realignEditedThenMigrate() {
        return flyway -> {
            realign(flyway.getConfiguration().getDataSource(), flyway.getConfiguration().getTable());
            flyway.migrate();
        };
    }

    /** Sets the recorded checksum of an edited landed migration to the file's; returns how many rows changed. */
    static int realign(DataSource dataSource, String table) {
        int changed = 0;
        try (var connection = dataSource.getConnection()) {
            try (var tables = connection.getMetaData().getTables(connection.getCatalog(), null, table, null)) {
                if (!tables.next()) {
                    return 0; // a new database: nothing recorded yet
                }
            }
            for (var edited : EDITED.entrySet()) {
                int now = checksum(FILES.get(edited.getKey()));
                for (int old : edited.getValue()) {
                    try (var update = connection.prepareStatement("UPDATE `" + table
                            + "` SET checksum = ? WHERE version = ? AND checksum = ?")) {
                        update.setInt(1, now);
                        update.setString(2, edited.getKey());
                        update.setInt(3, old);
                        int rows = update.executeUpdate();
                        if (rows > 0) {
                            log.info("Migration V{} had been edited after it landed: its recorded checksum {} is now"
                                    + " the landed file's {}; V19 or V22 carries the change", edited.getKey(), old,
                                    now);
                        }
                        changed += rows;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not check the recorded migrations", e);
        }
        return changed;
    }

    /** Flyway's checksum of an SQL migration: CRC32 over its lines without their line breaks (and without a BOM). */
    static int checksum(String resource) {
        var crc = new CRC32();
        try (var reader = new BufferedReader(new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            boolean first = true;
            while ((line = reader.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                first = false;
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (int) crc.getValue();
    }
}
