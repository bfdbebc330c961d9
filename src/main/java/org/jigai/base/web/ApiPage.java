package org.jigai.base.web;

import java.util.List;
import org.jigai.base.InvalidInputException;
import org.springframework.data.domain.PageRequest;

/** A page of a list in the REST API, as API.md fixes it: {@code content}, {@code page}, {@code size}, {@code totalElements}. */
public record ApiPage<T>(List<T> content, int page, int size, long totalElements) {

    public static final int MAX_SIZE = 100;

    /** The page asked for, or a 400 naming the parameter when it is out of range. */
    public static PageRequest request(int page, int size) {
        var problems = new InvalidInputException.Collector();
        if (size < 1 || size > MAX_SIZE) {
            problems.add("size", "validation.range", 1, MAX_SIZE);
        } else if (page < 0 || page > Integer.MAX_VALUE / size - 1) {
            // the offset of the page's first row must fit the database's row numbers
            problems.add("page", "validation.range", 0, Integer.MAX_VALUE / size - 1);
        }
        problems.throwIfAny();
        return PageRequest.of(page, size);
    }
}
