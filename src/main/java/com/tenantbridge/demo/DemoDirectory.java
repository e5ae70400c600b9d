package com.tenantbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every tenant the demo server holds, built from the seed files in assets/demo and, with a data folder,
 * kept there across restarts (one JSON file per tenant, written shortly after each change).
 */
final class DemoDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(DemoDirectory.class);
    static final String SEED_FOLDER = "/com/tenantbridge/demo/seed/";

    private final Map<String, TenantState> tenants = new LinkedHashMap<>();
    private final Map<String, String> seedFiles = new LinkedHashMap<>();
    private final Path dataDir;
    private final LongSupplier clock;

    DemoDirectory(Path dataDir, boolean reset, LongSupplier clock) {
        this.dataDir = dataDir;
        this.clock = clock;
        for (String file : seedIndex()) {
            ObjectNode seed = readSeed(file);
            String tenantId = seed.path("tenantId").asText();
            seedFiles.put(tenantId, file);
            tenants.put(tenantId, new TenantState(initialState(file, seed, reset), clock));
        }
    }

    List<TenantState> all() {
        return List.copyOf(tenants.values());
    }

    /** A tenant by id or by any of its verified domains. */
    Optional<TenantState> find(String idOrDomain) {
        if (idOrDomain == null || idOrDomain.isBlank()) {
            return Optional.empty();
        }
        TenantState byId = tenants.get(idOrDomain);
        if (byId != null) {
            return Optional.of(byId);
        }
        // Domains are fixed at seeding, so this needs no tenant lock (callers may hold another tenant's).
        for (TenantState t : tenants.values()) {
            if (t.hasVerifiedDomain(idOrDomain)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** Puts a tenant back to its seed, in memory and in the data folder. */
    void reset(TenantState tenant) {
        String file = seedFiles.get(tenant.tenantId);
        TenantState fresh = new TenantState(readSeed(file), clock);
        synchronized (this) {
            tenants.put(tenant.tenantId, fresh);
        }
        fresh.markChanged();
        save(fresh);
    }

    void resetAll() {
        for (TenantState t : all()) {
            reset(t);
        }
    }

    /** Writes every tenant that changed since the last call. Cheap when nothing changed. */
    void saveChanged() {
        for (TenantState t : all()) {
            save(t);
        }
    }

    private void save(TenantState tenant) {
        if (dataDir == null) {
            tenant.takeChanged();
            return;
        }
        ObjectNode snapshot;
        synchronized (tenant) {
            if (!tenant.takeChanged()) {
                return;
            }
            snapshot = tenant.snapshot();
        }
        Path target = dataDir.resolve(seedFiles.get(tenant.tenantId));
        try {
            Files.createDirectories(dataDir);
            Path temp = Files.createTempFile(dataDir, ".state", ".tmp");
            Json.PRETTY.writeValue(temp.toFile(), snapshot);
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Could not save the demo tenant {} to {}: {}", tenant.displayName, target, e.getMessage());
            tenant.markChanged();
        }
    }

    private ObjectNode initialState(String file, ObjectNode seed, boolean reset) {
        if (dataDir == null) {
            return seed;
        }
        Path saved = dataDir.resolve(file);
        try {
            if (reset) {
                Files.deleteIfExists(saved);
                return seed;
            }
            if (Files.exists(saved)) {
                JsonNode state = Json.MAPPER.readTree(saved.toFile());
                if (state instanceof ObjectNode obj
                        && obj.path("tenantId").asText().equals(seed.path("tenantId").asText())) {
                    return obj;
                }
                throw new IllegalStateException(saved + " does not hold the demo tenant " + seed.path("displayName")
                        .asText() + "; start with --reset to restore the seed");
            }
            return seed;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + saved + " (" + e.getMessage()
                    + "); start with --reset to restore the seed", e);
        }
    }

    static List<String> seedIndex() {
        JsonNode index = readResource("tenants.json");
        List<String> files = new ArrayList<>();
        index.forEach(f -> files.add(f.asText()));
        return files;
    }

    static ObjectNode readSeed(String file) {
        return (ObjectNode) readResource(file);
    }

    private static JsonNode readResource(String file) {
        try (InputStream in = DemoDirectory.class.getResourceAsStream(SEED_FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the build did not package the demo seed " + file);
            }
            return Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
