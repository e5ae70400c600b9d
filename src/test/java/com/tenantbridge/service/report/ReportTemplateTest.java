package com.tenantbridge.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The report's templates leave escaping to Mustache: no value is ever written out unescaped. */
class ReportTemplateTest {

    @Test
    void noTemplateWritesAValueUnescaped() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/com/tenantbridge/service/report"))) {
            templates = files.filter(f -> f.toString().endsWith(".mustache")).toList();
        }
        assertThat(templates).hasSizeGreaterThanOrEqualTo(3);
        for (Path t : templates) {
            // {{{x}}} and {{& x}} are Mustache's two ways of writing a value as markup.
            assertThat(Files.readString(t)).as(t.toString()).doesNotContain("{{{").doesNotContain("{{&");
        }
    }
}
