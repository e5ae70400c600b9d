package com.tenantbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ODataFilterTest {

    private static final JsonNode USER = read("""
            {"displayName":"Vendor1 A","userPrincipalName":"Vendor1_A_SA@abc.com","userType":"Member","mail":null,
             "accountEnabled":true,"onlineMeeting":{"joinUrl":"https://x/y"},
             "assignedLicenses":[{"skuId":"7a551360-26c4-4f61-84e6-ef715673e083"}],
             "resourceProvisioningOptions":["Team"]}
            """);

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "userPrincipalName eq 'vendor1_a_sa@ABC.com'| true",
            "userType eq 'Guest'| false",
            "userType ne 'Guest'| true",
            "startswith(displayName,'vendor')| true",
            "startswith(displayName, 'Expert')| false",
            "userType eq 'Member' and startswith(displayName,'V')| true",
            "userType eq 'Guest' or accountEnabled eq true| true",
            "not (userType eq 'Member')| false",
            "mail eq null| true",
            "onlineMeeting/joinUrl eq 'https://x/y'| true",
            "assignedLicenses/any(x:x/skuId eq 7a551360-26c4-4f61-84e6-ef715673e083)| true",
            "resourceProvisioningOptions/Any(x:x eq 'Team')| true",
            "displayName eq 'O''Brien'| false"})
    void evaluatesTheFiltersGraphSupports(String filter, boolean expected) {
        assertThat(ODataFilter.parse(filter).test(USER)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"displayName gt 'A'", "displayName eq", "(userType eq 'Member'",
            "contains(displayName,'x')",
            "displayName eq 'x' junk", "userType eq Guest"})
    void refusesWhatItDoesNotUnderstand(String filter) {
        assertThatThrownBy(() -> ODataFilter.parse(filter).test(USER)).isInstanceOf(GraphError.class)
                .satisfies(e -> assertThat(((GraphError) e).code()).isEqualTo("Request_UnsupportedQuery"));
    }

    @org.junit.jupiter.api.Test
    void aFilterNestedThousandsDeepIsRefusedNotAStackOverflow() {
        String parens = "(".repeat(3000) + "userType eq 'Guest'" + ")".repeat(3000);
        assertThatThrownBy(() -> ODataFilter.parse(parens)).isInstanceOf(GraphError.class)
                .hasMessageContaining("deeper than " + ODataFilter.MAX_DEPTH);
        String nots = "not ".repeat(3000) + "userType eq 'Guest'";
        assertThatThrownBy(() -> ODataFilter.parse(nots)).isInstanceOf(GraphError.class);
        String shallow = "(".repeat(ODataFilter.MAX_DEPTH) + "userType eq 'Member'" + ")".repeat(ODataFilter.MAX_DEPTH);
        assertThat(ODataFilter.parse(shallow).test(USER)).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aLongChainOfOrsIsTestedWithoutADeepStack() {
        String chain = String.join(" or ", java.util.Collections.nCopies(20_000, "userType eq 'Guest'"))
                + " or userType eq 'Member'";
        assertThat(ODataFilter.parse(chain).test(USER)).isTrue();
    }
}
