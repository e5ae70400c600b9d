package com.tenantbridge.service.port;

import java.util.List;

public record TeamMember(String membershipId, String userId, List<String> roles) {
    public TeamMember {
        roles = List.copyOf(roles);
    }
}
