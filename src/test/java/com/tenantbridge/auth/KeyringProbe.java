package com.tenantbridge.auth;

import com.microsoft.aad.msal4j.IAccount;
import com.microsoft.aad.msal4j.ITokenCache;
import com.microsoft.aad.msal4j.ITokenCacheAccessContext;
import java.nio.file.Path;

/**
 * Run in a JVM of its own inside a D-Bus session with a Secret Service: writes a token cache through one store and
 * reads it back through a second, as two runs of the app would, and prints what it found.
 */
public final class KeyringProbe {

    private KeyringProbe() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String secret = args[1];
        TokenCacheStore first = TokenCacheStore.open(dir);
        System.out.println("persistent=" + first.persistent());
        System.out.println("description=" + first.description());
        if (!first.persistent()) {
            return;
        }
        Cache written = new Cache(secret);
        first.aspect().afterCacheAccess(new Context(written, true));
        Cache read = new Cache(null);
        TokenCacheStore.open(dir).aspect().beforeCacheAccess(new Context(read, false));
        System.out.println("readBack=" + secret.equals(read.data));
    }

    private static final class Cache implements ITokenCache {
        String data;

        Cache(String data) {
            this.data = data;
        }

        @Override
        public void deserialize(String value) {
            data = value;
        }

        @Override
        public String serialize() {
            return data;
        }
    }

    private record Context(ITokenCache tokenCache, boolean hasCacheChanged) implements ITokenCacheAccessContext {
        @Override
        public String clientId() {
            return "probe";
        }

        @Override
        public IAccount account() {
            return null;
        }
    }
}
