package com.tenantbridge.graph;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

class GraphWarmUpTest {

    @Test
    void warmingUpSendsNothingAndDoesNotFail() {
        // Port 9 (discard) on loopback: were anything sent, the client would fail to connect and throw.
        assertThatCode(GraphClients::warmUp).doesNotThrowAnyException();
    }
}
