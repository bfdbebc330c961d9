package org.jigai;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

    static final ApplicationModules MODULES = ApplicationModules.of(JigaiApplication.class);
    static final Path COMMITTED = Path.of("docs/modules/components.puml");

    @Test
    void modules_only_use_what_they_are_allowed_to() {
        MODULES.verify();
    }

    @Test
    void the_module_diagram_in_docs_matches_the_code() throws IOException {
        Path generated = Path.of("target/modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(generated.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        // The documenter does not keep the order of relations from run to run, so compare the sets of lines.
        List<String> fresh = sortedLines(generated.resolve("components.puml"));
        List<String> committed = Files.exists(COMMITTED) ? sortedLines(COMMITTED) : List.of();
        if (!fresh.equals(committed)) {
            Files.createDirectories(COMMITTED.getParent());
            try (var files = Files.list(generated)) {
                for (Path p : files.toList()) {
                    Files.copy(p, COMMITTED.getParent().resolve(p.getFileName()),
                            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertThat(committed)
                .as("docs/modules/ was out of date and has been regenerated: review and commit it")
                .isEqualTo(fresh);
    }

    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().sorted().toList();
    }
}
