package org.jigai.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * List filters kept in the address, so that a filtered list can be bookmarked and shared. Reading ignores
 * values that make no sense instead of failing.
 */
public final class QueryFilters {

    private final Map<String, List<String>> values;

    private QueryFilters(Map<String, List<String>> values) {
        this.values = values;
    }

    public static QueryFilters of(QueryParameters parameters) {
        return new QueryFilters(parameters.getParameters());
    }

    public Optional<String> text(String key) {
        return Optional.ofNullable(values.get(key)).filter(v -> !v.isEmpty()).map(List::getFirst);
    }

    public <E extends Enum<E>> @Nullable E constant(String key, E[] options) {
        return text(key).flatMap(v -> Arrays.stream(options).filter(o -> o.name().equals(v)).findFirst()).orElse(null);
    }

    public @Nullable BigDecimal amount(String key) {
        return text(key).flatMap(v -> {
            try {
                var value = new BigDecimal(v);
                return value.signum() >= 0 ? Optional.of(value) : Optional.empty();
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }).orElse(null);
    }

    /** Writes the current filters into the address without a new history entry or navigation. */
    public static void write(UI ui, String route, Map<String, @Nullable Object> filters) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        filters.forEach((key, value) -> {
            if (value != null) {
                String text = value instanceof Enum<?> e ? e.name()
                        : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
                query.put(key, List.of(text));
            }
        });
        ui.getPage().getHistory().replaceState(null, new Location(route, new QueryParameters(query)));
    }
}
