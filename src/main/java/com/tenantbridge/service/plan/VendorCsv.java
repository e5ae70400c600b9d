package com.tenantbridge.service.plan;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.tenantbridge.domain.plan.DeploymentPlan;
import com.tenantbridge.domain.plan.Device;
import com.tenantbridge.domain.plan.PlanValidator;
import com.tenantbridge.domain.plan.Problem;
import com.tenantbridge.domain.plan.VendorAccount;
import com.tenantbridge.domain.plan.VendorPlan;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vendor accounts from a spreadsheet (CSV with a header row). Every problem names the spreadsheet row (the
 * header is row 1) and the column; the rows are checked together with the accounts the plan already has, by
 * the same validator as the plan, so an import is all or nothing.
 */
public final class VendorCsv {

    public static final List<String> COLUMNS = List.of("displayName", "userPrincipalName", "contactEmail",
            "company", "usageLocation", "segment", "device");
    static final List<String> REQUIRED = List.of("displayName", "userPrincipalName", "contactEmail", "company",
            "usageLocation");
    /** About 40,000 rows: a large vendor base, not a mistaken export of a whole directory. */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    private static final Pattern ACCOUNT_PATH = Pattern.compile("vendors\\.accounts\\[(\\d+)\\](?:\\.(\\w+))?");
    private static final CsvMapper CSV = new CsvMapper();

    /** The accounts read, and every problem; {@link #ok()} only when no problem is an error. */
    public record Result(List<VendorAccount> accounts, List<Problem> problems) {
        public Result {
            accounts = List.copyOf(accounts);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    private VendorCsv() {
    }

    public static Result read(Path file, DeploymentPlan plan) {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A pipe would block the read for ever and a device never ends: only a file is a CSV, as for plans.
                return failed(file + " is not a regular file (" + (Files.isDirectory(file) ? "a folder"
                        : "a device, a pipe or a socket") + "); give the accounts' CSV file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return failed("the file is " + size / 1024 + " KB; an accounts list is at most "
                        + MAX_BYTES / 1024 + " KB");
            }
            byte[] bytes;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                return failed("the file grew past " + MAX_BYTES / 1024 + " KB while it was read; an accounts list is"
                        + " at most that");
            }
            return parse(PlanFiles.decode(bytes), plan);
        } catch (NoSuchFileException e) {
            return failed("no such file: " + file);
        } catch (CharacterCodingException e) {
            return failed("the file is not UTF-8 text (save it from the spreadsheet as \u201cCSV UTF-8\u201d)");
        } catch (IOException e) {
            return failed("could not read " + file + ": " + e.getMessage());
        }
    }

    public static Result parse(String text, DeploymentPlan plan) {
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.isBlank()) {
            return failed("the file is empty; the first row names the columns: " + String.join(", ", COLUMNS));
        }
        // Spreadsheets in many locales separate with semicolons.
        char separator = firstLine.indexOf(',') < 0 && firstLine.indexOf(';') >= 0 ? ';' : ',';
        List<Problem> problems = new ArrayList<>();
        List<Map<String, String>> rows = new ArrayList<>();
        Map<String, String> columns = new LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> it = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader().withColumnSeparator(separator))
                .with(CsvParser.Feature.TRIM_SPACES)
                .with(CsvParser.Feature.SKIP_EMPTY_LINES)
                .readValues(text)) {
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                if (columns.isEmpty()) {
                    // The header as written, not the first row's keys: a column no row fills is still checked.
                    List<String> names = new ArrayList<>();
                    ((CsvSchema) it.getParserSchema()).forEach(c -> names.add(c.getName()));
                    header(names, columns, problems);
                }
                rows.add(row);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String what = String.valueOf(e.getOriginalMessage()).lines().findFirst().orElse("");
            if (what.startsWith("Too many entries")) {
                what = "more cells than the header has columns";
            }
            return new Result(List.of(), List.of(Problem.error(e.getLocation() == null ? "file"
                    : "row " + e.getLocation().getLineNr(), what)));
        } catch (IOException | RuntimeException e) {
            return failed("not a CSV file: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        if (rows.isEmpty()) {
            return failed("no accounts: the file has a header row but no rows below it");
        }
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Result(List.of(), problems);
        }
        List<VendorAccount> accounts = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            accounts.add(account(rows.get(i), columns, i + 2, problems));
        }
        validate(accounts, plan, problems);
        return new Result(problems.stream().anyMatch(Problem::isError) ? List.of() : accounts, problems);
    }

    /** Maps each header to its column, ignoring case and spaces; unknown and missing columns are errors. */
    private static void header(Iterable<String> names, Map<String, String> columns, List<Problem> problems) {
        for (String name : names) {
            String key = name.replace(" ", "").toLowerCase(Locale.ROOT);
            String known = COLUMNS.stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(key)).findFirst()
                    .orElse(null);
            if (known == null) {
                problems.add(Problem.error("row 1, column \u201c" + name + "\u201d", "unknown column; the columns are "
                        + String.join(", ", COLUMNS)));
            } else {
                columns.put(known, name);
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(Problem.error("row 1", "the column " + required + " is missing"));
            }
        }
    }

    private static VendorAccount account(Map<String, String> row, Map<String, String> columns, int rowNumber,
            List<Problem> problems) {
        String deviceText = cell(row, columns, "device");
        Device device = null;
        if (deviceText != null) {
            try {
                device = Device.valueOf(deviceText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(Problem.error("row " + rowNumber + ", column device", "\u201c" + deviceText
                        + "\u201d is not hololens or mobile"));
            }
        }
        return new VendorAccount(cell(row, columns, "displayName"), cell(row, columns, "userPrincipalName"),
                cell(row, columns, "contactEmail"), cell(row, columns, "company"),
                upper(cell(row, columns, "usageLocation")), cell(row, columns, "segment"), device);
    }

    private static String cell(Map<String, String> row, Map<String, String> columns, String column) {
        String header = columns.get(column);
        String value = header == null ? null : row.get(header);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    /** Runs the plan's validator over the accounts already planned plus these, and keeps what concerns these. */
    private static void validate(List<VendorAccount> imported, DeploymentPlan plan, List<Problem> problems) {
        VendorPlan v = plan.vendors();
        List<VendorAccount> all = new ArrayList<>(v == null ? List.of() : v.accounts());
        int existing = all.size();
        all.addAll(imported);
        VendorPlan merged = new VendorPlan(v == null ? null : v.licence(), all,
                v == null ? null : v.informationBarriers());
        for (Problem p : PlanValidator.validate(plan.withVendors(merged))) {
            Matcher m = ACCOUNT_PATH.matcher(p.path());
            if (!m.lookingAt()) {
                continue;
            }
            int index = Integer.parseInt(m.group(1));
            if (index < existing) {
                continue;
            }
            String column = m.group(2) == null ? "" : ", column " + m.group(2);
            problems.add(new Problem(p.severity(), "row " + (index - existing + 2) + column,
                    message(p.message(), existing)));
        }
    }

    /** The validator names other accounts by plan index; the admin knows them by plan or spreadsheet row. */
    private static String message(String message, int existing) {
        Matcher m = Pattern.compile("vendors\\.accounts\\[(\\d+)\\]").matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            m.appendReplacement(out, i < existing ? "account " + (i + 1) + " of the plan" : "row " + (i - existing
                    + 2));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Result failed(String message) {
        return new Result(List.of(), List.of(Problem.error("file", message)));
    }
}
