package com.tenantbridge.auth;

/**
 * Which Microsoft Entra app registration TenantBridge signs in with. Set your own with
 * -Dtenantbridge.clientId=… or TENANTBRIDGE_CLIENT_ID (see README: "Register an app"). The default is
 * Microsoft's public "Microsoft Graph Command Line Tools" client, which most tenants already know; admins may
 * still have to consent to the permissions once.
 */
public record AuthSettings(String clientId, String redirectUri) {

    public static final String DEFAULT_CLIENT_ID = "14d82eec-204b-4c2f-b7e8-296a70dab67e";
    public static final String LOOPBACK = "http://localhost";

    public static AuthSettings fromEnvironment() {
        String id = System.getProperty("tenantbridge.clientId");
        if (id == null || id.isBlank()) {
            id = System.getenv("TENANTBRIDGE_CLIENT_ID");
        }
        return new AuthSettings(id == null || id.isBlank() ? DEFAULT_CLIENT_ID : id.strip(), LOOPBACK);
    }
}
