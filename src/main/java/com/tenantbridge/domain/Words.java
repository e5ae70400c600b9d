package com.tenantbridge.domain;

import java.util.List;

/** Lists in the words of a sentence, for what admins and customers read. */
public final class Words {

    private Words() {
    }

    /** "a", "a and b", "a, b and c"; "none" for nothing. */
    public static String and(List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "none" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
