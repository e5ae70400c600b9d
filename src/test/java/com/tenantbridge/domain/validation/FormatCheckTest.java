package com.tenantbridge.domain.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FormatCheckTest {

    @ParameterizedTest
    @ValueSource(strings = {"abc.com", "contoso1.com", "sub.example.co.uk", "xn--bcher-kva.example", "a-b.io"})
    void acceptsDomains(String domain) {
        assertThat(DomainNames.problem(domain)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abc.com.| ends with a dot",
            "bücher.de| punycode form \u201cxn--bcher-kva.de\u201d",
            "localhost| not a domain name",
            "a..com| empty label",
            "-abc.com| not a valid label",
            "abc.c0m| not a top-level domain",
            "abc_def.com| not a valid label",
            "' abc.com'| remove the spaces"})
    void refusesDomains(String domain, String message) {
        assertThat(DomainNames.problem(domain)).hasValueSatisfying(m -> assertThat(m).contains(message.strip()));
    }

    @Test
    void knowsConsumerDomains() {
        assertThat(DomainNames.isConsumer("Outlook.com")).isTrue();
        assertThat(DomainNames.isConsumer("contoso1.com")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vendor1_A@vendor1.com", "vendor@outlook.com", "first.last+ra@fabrikam.com",
            "o'brien@contoso2.com"})
    void acceptsEmails(String email) {
        assertThat(EmailAddresses.problem(email)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "vendor1.com| not an email address",
            "a@b@c.com| not an email address",
            "@vendor1.com| not an email address",
            ".a@vendor1.com| not a valid name part",
            "a..b@vendor1.com| not a valid name part",
            "a b@vendor1.com| not a valid name part",
            "a@vendor1| domain not a domain name",
            "a@vendor1.com.| domain ends with a dot"})
    void refusesEmails(String email, String message) {
        assertThat(EmailAddresses.problem(email)).hasValueSatisfying(m -> assertThat(m).contains(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Vendor1_A_SA@abc.com", "o'neil.sa@ABC.com", "a!b#c^d~e-f_g@abc.com"})
    void acceptsUpnsInTheHostDomains(String upn) {
        assertThat(UserPrincipalNames.problem(upn, List.of("abc.com"))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Vendor1_A_SA@vendor1.com| not a domain of the host tenant",
            "vendor+1@abc.com| \u201c+\u201d is not allowed",
            "vendor 1@abc.com| \u201c \u201d is not allowed",
            "vendör@abc.com| \u201cö\u201d is not allowed",
            ".vendor@abc.com| cannot start or end with a dot",
            "ven..dor@abc.com| two dots in a row",
            "vendor@| not a user principal name",
            "vendor1.abc.com| not a user principal name"})
    void refusesUpns(String upn, String message) {
        assertThat(UserPrincipalNames.problem(upn, List.of("abc.com")))
                .hasValueSatisfying(m -> assertThat(m).contains(message));
    }

    @Test
    void refusesAnOverlongUpnLocalPart() {
        assertThat(UserPrincipalNames.problem("a".repeat(65) + "@abc.com", List.of("abc.com")))
                .hasValueSatisfying(m -> assertThat(m).contains("longer than 64"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "us| write the country code in capitals: US",
            "USA| not an ISO 3166 country code",
            "XX| not an ISO 3166 country code",
            "''| required"})
    void refusesUsageLocations(String code, String message) {
        assertThat(CountryCodes.problem(code)).hasValueSatisfying(m -> assertThat(m).contains(message));
    }

    @ParameterizedTest
    @ValueSource(strings = {"US", "DE", "GB", "JP"})
    void acceptsUsageLocations(String code) {
        assertThat(CountryCodes.problem(code)).isEmpty();
    }
}
