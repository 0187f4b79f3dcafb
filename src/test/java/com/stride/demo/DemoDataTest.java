package com.stride.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.test.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;

@IntegrationTest
class DemoDataTest {

    @Autowired
    private DemoData demoData;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void twoClinicsWithTheDocumentedAccounts() {
        assertThat(countsByClinicAndRole()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Riverside Physio/ADMIN", 1, "Riverside Physio/THERAPIST", 2, "Riverside Physio/RUNNER", 4,
                "Hilltop Sports Clinic/ADMIN", 1, "Hilltop Sports Clinic/THERAPIST", 1,
                "Hilltop Sports Clinic/RUNNER", 1));
    }

    @Test
    void runningAgainAddsNothing() throws Exception {
        var before = jdbc.queryForList("select id, username, password_hash, version from app_user order by id");

        demoData.run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForList("select id, username, password_hash, version from app_user order by id"))
                .isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from clinic", Integer.class)).isEqualTo(2);
    }

    private Map<String, Integer> countsByClinicAndRole() {
        var counts = new java.util.HashMap<String, Integer>();
        jdbc.query("""
                select c.name, u.role, count(*) from app_user u join clinic c on c.id = u.clinic_id
                group by c.name, u.role""", row -> {
            counts.put(row.getString(1) + "/" + row.getString(2), row.getInt(3));
        });
        return counts;
    }
}
