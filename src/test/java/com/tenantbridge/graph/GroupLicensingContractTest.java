package com.tenantbridge.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tenantbridge.service.port.BulkWriteService.CreateUser;
import com.tenantbridge.service.port.BulkWriteService.Step;
import com.tenantbridge.service.port.DirectoryGroup;
import com.tenantbridge.service.port.GroupLicences;
import com.tenantbridge.service.port.NewUser;
import com.tenantbridge.service.port.PortException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Group-based licensing through the Graph SDK against the demo tenant, as Graph documents it: assignLicense on a
 * security group is accepted and processed later, members get the licence or an Error (CountViolation) that
 * membersWithLicenseErrors names, an inherited licence cannot be removed from the user, and leaving the group
 * takes it away.
 */
class GroupLicensingContractTest extends AbcPortsTest {

    private static final UUID REMOTE_ASSIST = UUID.fromString("7a551360-26c4-4f61-84e6-ef715673e083");

    private List<String> accounts(int n) {
        List<Step> creates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            creates.add(new Step("c" + i, new CreateUser(new NewUser("Lic_" + i + "@abc.com", "Lic " + i, "US", null,
                    "Vendor9", "Aa1!" + UUID.randomUUID())), List.of()));
        }
        return abc.bulk().send(creates).stream().map(r -> r.userId()).toList();
    }

    private GroupLicences waitProcessed(String groupId) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            GroupLicences g = abc.licensing().groupLicences(groupId);
            if (g.processed()) {
                return g;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never processed");
    }

    @Test
    void membersGetTheGroupsLicenceLaterAndThoseBeyondTheSeatsAreNamed() throws Exception {
        int free = abc.licensing().subscribedSkus().stream().filter(s -> s.skuId().equals(REMOTE_ASSIST))
                .findFirst().orElseThrow().free();
        List<String> ids = accounts(free + 2);
        DirectoryGroup group = abc.directory().createLicensingGroup("Licences test", "licencestest", "test");
        ids.forEach(id -> abc.directory().addGroupMember(group.id(), id));
        abc.licensing().assignToGroup(group.id(), List.of(REMOTE_ASSIST));
        GroupLicences queued = abc.licensing().groupLicences(group.id());
        assertThat(queued.skuIds()).containsExactly(REMOTE_ASSIST);
        assertThat(queued.processed()).as("Entra processes a group's licences asynchronously").isFalse();

        GroupLicences done = waitProcessed(group.id());
        assertThat(done.membersWithErrors()).as("more members than seats: the rest are in error").hasSize(2);
        long licensed = ids.stream().filter(id -> abc.directory().findUser(id).orElseThrow().licenses()
                .contains(REMOTE_ASSIST)).count();
        assertThat(licensed).isEqualTo(free);

        String holder = ids.stream().filter(id -> abc.directory().findUser(id).orElseThrow().licenses()
                .contains(REMOTE_ASSIST)).findFirst().orElseThrow();
        assertThatThrownBy(() -> abc.licensing().remove(holder, REMOTE_ASSIST)).isInstanceOf(PortException.class)
                .hasMessageContaining("inherited from a group");
        abc.directory().removeGroupMember(group.id(), holder);
        assertThat(abc.directory().findUser(holder).orElseThrow().licenses()).as("leaving takes it away")
                .doesNotContain(REMOTE_ASSIST);
    }

    @Test
    void onlyASecurityGroupCarriesLicences() {
        DirectoryGroup unified = abc.directory().createSegmentGroup("Not for licences", "notforlicences", "test");
        assertThatThrownBy(() -> abc.licensing().assignToGroup(unified.id(), List.of(REMOTE_ASSIST)))
                .isInstanceOf(PortException.class).hasMessageContaining("security-enabled");
    }
}
