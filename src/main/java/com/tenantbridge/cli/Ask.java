package com.tenantbridge.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Yes/no questions on standard input. One reader for the whole process: a second reader would find the answers
 * its predecessor had already buffered gone.
 */
final class Ask {

    private static BufferedReader in;

    private Ask() {
    }

    /** Prints the question with " [y/N] " and reads one line: true only for y or yes. */
    static synchronized boolean yes(PrintWriter out, String question) throws IOException {
        out.print(question + " [y/N] ");
        out.flush();
        if (in == null) {
            in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        String answer = in.readLine();
        return answer != null && (answer.strip().equalsIgnoreCase("y") || answer.strip().equalsIgnoreCase("yes"));
    }
}
