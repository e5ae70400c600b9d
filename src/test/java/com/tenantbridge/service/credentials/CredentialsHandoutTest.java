package com.tenantbridge.service.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CredentialsHandoutTest {

    @TempDir
    Path dir;

    @Test
    void isReadableByItsOwnerOnlyAndHasAHeader() throws Exception {
        Path file = dir.resolve("handout.csv");
        try (CredentialsHandout h = CredentialsHandout.open(file)) {
            h.add(new CredentialsHandout.Row("a@abc.com", "A", "a@v.com", "Secret1!Secret1!", "note"));
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Files.readAllLines(file)).containsExactly(
                "userPrincipalName,displayName,contactEmail,oneTimePassword,signIn",
                "a@abc.com,A,a@v.com,\"Secret1!Secret1!\",note");
    }

    @Test
    void aResumedRunAppendsWithoutASecondHeader() throws Exception {
        Path file = dir.resolve("handout.csv");
        try (CredentialsHandout h = CredentialsHandout.open(file)) {
            h.add(new CredentialsHandout.Row("a@abc.com", "A", "a@v.com", "p1", "n"));
        }
        try (CredentialsHandout h = CredentialsHandout.open(file)) {
            h.add(new CredentialsHandout.Row("b@abc.com", "B", "b@v.com", "p2", "n"));
        }
        assertThat(Files.readAllLines(file)).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '^', quoteCharacter = '"', value = {
            "=cmd|' /C calc'!A0^ '=cmd|' /C calc'!A0",
            "+SUM(1)^ '+SUM(1)",
            "-2+3^ '-2+3",
            "@x^ '@x",
            "plain^ plain"})
    void neutralisesFormulaInjection(String cell, String expected) {
        assertThat(CredentialsHandout.neutralise(cell)).isEqualTo(expected.strip());
    }

    @Test
    void rowsReadBackAsCsvWhateverTheirCellsHold() throws Exception {
        Path file = dir.resolve("handout.csv");
        try (CredentialsHandout h = CredentialsHandout.open(file)) {
            h.add(new CredentialsHandout.Row("svc1@abc.com", "Doe, Jane \"the vendor\"", "jane@vendor.com",
                    "pw,with\"quote", "Remote Assist"));
        }
        assertThat(CredentialsHandout.rows(file)).singleElement().satisfies(r -> {
            assertThat(r.displayName()).isEqualTo("Doe, Jane \"the vendor\"");
            assertThat(r.oneTimePassword()).isEqualTo("pw,with\"quote");
        });
        try (CredentialsHandout h = CredentialsHandout.open(file)) {
            assertThat(h.lists("SVC1@abc.com")).isTrue();
            assertThat(h.lists("svc2@abc.com")).isFalse();
        }
    }

    @Test
    void oneTimePasswordsAreStrongAndNeverLookLikeFormulas() {
        OneTimePasswords passwords = new OneTimePasswords();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String p = passwords.next();
            assertThat(p).hasSize(16);
            assertThat(Character.isLetter(p.charAt(0))).as(p).isTrue();
            assertThat(p.chars().anyMatch(Character::isUpperCase)).isTrue();
            assertThat(p.chars().anyMatch(Character::isLowerCase)).isTrue();
            assertThat(p.chars().anyMatch(Character::isDigit)).isTrue();
            assertThat(p.chars().anyMatch(c -> !Character.isLetterOrDigit(c))).isTrue();
            seen.add(p);
        }
        assertThat(seen).hasSize(2000);
    }
}
