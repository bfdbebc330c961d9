package org.jigai.base;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every setting of the platform, bound from the {@code JIGAI_*} environment variables of API.md.
 *
 * @param dataDir where the embedded database and, later, the index and uploads live
 * @param demoData whether to load the demo data set on an empty database; unset means "yes on the embedded database"
 * @param adminPassword the password of the {@code admin} account created at first start
 * @param db an external MariaDB; blank URL means the embedded one, whose binaries are cached in {@code db.binaries}
 */
@ConfigurationProperties("jigai")
public record JigaiProperties(Path dataDir, @Nullable Boolean demoData, @Nullable String adminPassword, Db db) {

    public JigaiProperties {
        if (db == null) {
            db = new Db(null, null, null, null);
        }
    }

    /**
     * @param binaries where the embedded MariaDB's server binaries are unpacked, once per version, for every data
     *     directory of this user
     */
    public record Db(@Nullable String url, @Nullable String user, @Nullable String password, @Nullable Path binaries) {

        public Db {
            if (binaries == null) {
                binaries = Path.of(System.getProperty("user.home"), ".cache", "jigai", "mariadb");
            }
        }

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public boolean demoDataEnabled() {
        return demoData != null ? demoData : !db.external();
    }
}
