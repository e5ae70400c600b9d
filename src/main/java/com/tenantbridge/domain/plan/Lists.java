package com.tenantbridge.domain.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

final class Lists {
    private Lists() {
    }

    /**
     * An unmodifiable copy that keeps null elements: a plan file may hold {@code null} in a list,
     * and the validator must be able to name that element rather than fail while loading.
     */
    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
