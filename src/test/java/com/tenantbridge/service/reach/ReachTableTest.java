package com.tenantbridge.service.reach;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.tenantbridge.domain.reach.Channel;
import com.tenantbridge.domain.reach.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReachTableTest {

    @Test
    void theCsvExportNeutralisesCellsThatStartLikeAFormula() throws Exception {
        String csv = ReachTable.csv(List.of(new ReachTable.Line("=cmd|' /C calc'!A0", "@SUM(1)", Channel.CHAT, null,
                Verdict.values()[0], "+1 reason"), new ReachTable.Line("Vendor1 A", "Expert1", Channel.CALL, null,
                Verdict.values()[0], "allowed by policy")));
        List<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(csv).readAll();
        assertThat(rows.get(0)).containsEntry("from", "'=cmd|' /C calc'!A0").containsEntry("to", "'@SUM(1)")
                .containsEntry("reason", "'+1 reason");
        assertThat(rows.get(1)).containsEntry("from", "Vendor1 A").containsEntry("reason", "allowed by policy");
    }
}
