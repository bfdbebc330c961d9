package org.jigai.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Collection;
import java.util.stream.Collectors;
import org.jigai.base.Labeled;
import org.jigai.base.Region;

/** Codes as people read them, in the component's language. */
public final class Labels {

    private Labels() {}

    public static String join(Component c, Collection<? extends Labeled> codes) {
        return codes.stream().map(code -> c.getTranslation(code.labelKey())).sorted()
                .collect(Collectors.joining(separator(c)));
    }

    /** How a list is joined in the component's language: 「、」 in Chinese, ", " in English. */
    public static String separator(Component c) {
        return c.getTranslation("list.separator");
    }

    public static String region(Component c, @org.jspecify.annotations.Nullable String code) {
        if (code == null) {
            return "";
        }
        return Region.ofCode(code).map(r -> c.getTranslation(r.labelKey())).orElse(code);
    }

    public static String regions(Component c, Collection<String> codes) {
        return codes.stream().map(code -> region(c, code)).sorted().collect(Collectors.joining(separator(c)));
    }
}
