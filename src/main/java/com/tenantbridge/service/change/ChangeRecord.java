package com.tenantbridge.service.change;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the journal keeps of one change carried out: the ids it created and the values it replaced, all an undo
 * needs. Each kind has its own record ({@code XxxKind.Done}); the journal line's {@code kind} names which
 * ({@link ChangeRecords}), so journals written before the records existed read into them unchanged: each record's
 * fields are the keys those journals used. Unknown keys are ignored rather than making a whole journal unreadable.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public interface ChangeRecord {

    /** A word on how it went ("existed already", "found in place when the run resumed"), or null. */
    String note();

    /** The account this change concerns alone (a rollback undoes one account's changes side by side), or null. */
    default String account() {
        return null;
    }

    /** The user the run created (an account or a guest), or null. */
    default String createdUser() {
        return null;
    }

    /** The group the run created, or null. */
    default String createdGroup() {
        return null;
    }
}
