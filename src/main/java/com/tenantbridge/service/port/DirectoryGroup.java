package com.tenantbridge.service.port;

public record DirectoryGroup(String id, String displayName, String mail, boolean isTeam) {
}
