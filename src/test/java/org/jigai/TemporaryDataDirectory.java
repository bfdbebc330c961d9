package org.jigai;

import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Deletes a test context's data directory (its own under {@code java.io.tmpdir}, see application-test.properties)
 * when the context closes, after the embedded database has stopped: the database's bean is made to depend on this
 * one, so it is destroyed first.
 */
@Component
@Profile("test")
class TemporaryDataDirectory implements BeanFactoryPostProcessor, EnvironmentAware, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(TemporaryDataDirectory.class);
    private static final String DATABASE = "embeddedMariaDb";

    private @org.jspecify.annotations.Nullable Path dataDir;

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) {
        if (factory.containsBeanDefinition(DATABASE)) {
            var definition = factory.getBeanDefinition(DATABASE);
            var dependsOn = new java.util.ArrayList<>(java.util.Arrays.asList(
                    definition.getDependsOn() == null ? new String[0] : definition.getDependsOn()));
            dependsOn.add("temporaryDataDirectory");
            definition.setDependsOn(dependsOn.toArray(String[]::new));
        }
    }

    /** Fixes the directory once: the test profile names it with {@code ${random.uuid}}, new at each reading. */
    @Override
    public void setEnvironment(Environment environment) {
        String dir = environment.getProperty("jigai.data-dir");
        if (dir != null && environment instanceof ConfigurableEnvironment configurable) {
            configurable.getPropertySources().addFirst(
                    new MapPropertySource("temporaryDataDirectory", java.util.Map.of("jigai.data-dir", dir)));
            this.dataDir = Path.of(dir).toAbsolutePath();
        }
    }

    @Override
    public void destroy() throws IOException {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        if (dataDir != null && dataDir.startsWith(tmp.resolve("jigai-test"))) {
            FileSystemUtils.deleteRecursively(dataDir);
            log.debug("Deleted the test data directory {}", dataDir);
        }
    }
}
