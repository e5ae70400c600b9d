package com.tenantbridge.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The CLI in a JVM of its own (to be killed), with its own data folder and its output in a log file. */
final class ChildCli {

    private ChildCli() {
    }

    static Process start(Path dataDir, Path log, String... command) throws IOException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dtenantbridge.data=" + dataDir, "-cp", System.getProperty("java.class.path"),
                "com.tenantbridge.Launcher"));
        args.addAll(List.of(command));
        return new ProcessBuilder(args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
