package com.tenantbridge.auth;

import com.microsoft.aad.msal4j.ITokenCacheAccessAspect;
import com.microsoft.aad.msal4jextensions.PersistenceSettings;
import com.microsoft.aad.msal4jextensions.PersistenceTokenCacheAccessAspect;
import com.microsoft.aad.msal4jextensions.persistence.linux.KeyRingAccessor;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where sign-ins are remembered: the OS keychain (macOS Keychain, Windows DPAPI, Linux Secret Service), never
 * a plain file. Without a keychain (a Linux box without a secret service) tokens stay in memory for the run and
 * {@link #persistent()} says so, with the reason.
 */
public final class TokenCacheStore {

    private static final String SERVICE = "TenantBridge";
    private static final String ACCOUNT = "MSALCache";
    private static final String SCHEMA = "com.tenantbridge.tokencache";
    private static final String LABEL = "TenantBridge token cache";

    private final ITokenCacheAccessAspect aspect;
    private final String description;

    private TokenCacheStore(ITokenCacheAccessAspect aspect, String description) {
        this.aspect = aspect;
        this.description = description;
    }

    public static TokenCacheStore open(Path dataDir) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean hadMarker = java.nio.file.Files.exists(dataDir.resolve("msal").resolve("msal.cache"));
        try {
            PersistenceSettings.Builder b = PersistenceSettings.builder("msal.cache", dataDir.resolve("msal"))
                    .setMacKeychain(SERVICE, ACCOUNT)
                    .setLinuxKeyring(null, SCHEMA, LABEL, "Service", SERVICE, "Account", ACCOUNT)
                    .setLinuxUseUnprotectedFileAsCacheStorage(false);
            if (os.contains("linux")) {
                // The extension keeps the tokens in the keyring and stamps an empty marker file's time to tell other
                // processes the cache changed; the marker must exist before the first write (verify writes).
                Path marker = marker(dataDir);
                // Fails here, not at the first sign-in, when no secret service runs.
                new KeyRingAccessor(marker.toString(), null, SCHEMA, LABEL, "Service", SERVICE, "Account", ACCOUNT)
                        .verify();
            }
            PersistenceTokenCacheAccessAspect aspect = new PersistenceTokenCacheAccessAspect(b.build());
            String where = os.contains("mac") ? "the macOS Keychain" : os.contains("win")
                    ? "a DPAPI-protected file of your Windows account" : "the Secret Service keyring";
            return new TokenCacheStore(aspect, "Sign-ins are remembered in " + where + ".");
        } catch (VirtualMachineError e) {
            throw e;
        } catch (Exception | Error e) {
            // Any failure of the native layer, including JNA's java.lang.Error where libsecret is installed but its
            // structures cannot be read: sign-in goes on without a keychain rather than crashing.
            org.slf4j.LoggerFactory.getLogger(TokenCacheStore.class).debug("No OS keychain", e);
            if (!hadMarker) {
                forgetMarker(dataDir);
            }
            return new TokenCacheStore(null, "No OS keychain could be used here: sign-ins are kept in memory for this"
                    + " run only and never written to disk.");
        }
    }

    /** The keyring's change marker: empty, readable by its owner only where the file system says so. */
    private static Path marker(Path dataDir) throws java.io.IOException {
        Path folder = java.nio.file.Files.createDirectories(dataDir.resolve("msal"));
        Path marker = folder.resolve("msal.cache");
        if (!java.nio.file.Files.exists(marker)) {
            java.nio.file.Files.createFile(marker);
            try {
                java.nio.file.Files.setPosixFilePermissions(marker,
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // Not a POSIX file system: the file holds nothing anyway.
            }
        }
        return marker;
    }

    /** Without a keychain nothing of the sign-in stays on disk, not even the empty marker this run made. */
    private static void forgetMarker(Path dataDir) {
        try {
            java.nio.file.Files.deleteIfExists(dataDir.resolve("msal").resolve("msal.cache"));
            java.nio.file.Files.deleteIfExists(dataDir.resolve("msal"));
        } catch (java.io.IOException e) {
            // A folder not empty (another run's files) or not removable: it holds no secret either way.
        }
    }

    /** Null when tokens stay in memory. */
    public ITokenCacheAccessAspect aspect() {
        return aspect;
    }

    public boolean persistent() {
        return aspect != null;
    }

    public String description() {
        return description;
    }
}
