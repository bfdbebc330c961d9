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
 * @param db an external MariaDB; blank URL means the embedded one
 */
@ConfigurationProperties("jigai")
public record JigaiProperties(Path dataDir, @Nullable Boolean demoData, @Nullable String adminPassword, Db db) {

    public JigaiProperties {
        if (db == null) {
            db = new Db(null, null, null);
        }
    }

    public record Db(@Nullable String url, @Nullable String user, @Nullable String password) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public boolean demoDataEnabled() {
        return demoData != null ? demoData : !db.external();
    }
}
