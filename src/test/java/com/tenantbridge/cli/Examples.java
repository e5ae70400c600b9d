package com.tenantbridge.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shipped example plans, copied where a test may let apply write into them (a confirmed narrowing is recorded
 * in the plan file): the examples themselves stay as shipped.
 */
final class Examples {

    private Examples() {
    }

    static Path shipped(String file) {
        return Path.of(System.getProperty("tenantbridge.assets", "assets"), "examples", file);
    }

    static Path copy(String file, Path dir) throws IOException {
        return Files.copy(shipped(file), dir.resolve(file));
    }

    static Path copy(Path plan, Path dir) throws IOException {
        return Files.copy(plan, dir.resolve(plan.getFileName()));
    }
}
