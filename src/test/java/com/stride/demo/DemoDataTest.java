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
    void demoPlansAreWrittenByEachClinicsOwnTherapists() {
        assertThat(jdbc.queryForList("""
                select u.username || ':' || p.status || ':' || a.username
                from plan p join app_user u on u.id = p.runner_id join app_user a on a.id = p.author_id
                where p.clinic_id = u.clinic_id and p.clinic_id = a.clinic_id order by u.username""", String.class))
                .containsExactly("hilltop.runner:ACTIVE:hilltop.pt", "runner.jordan:ACTIVE:pt.maya",
                        "runner.lena:DRAFT:pt.maya", "runner.tom:ACTIVE:pt.sam");
    }

    @Test
    void runningAgainAddsNothing() throws Exception {
        var before = jdbc.queryForList("select id, username, password_hash, version from app_user order by id");
        var plansBefore = jdbc.queryForList("select id, status, version from plan order by id");

        demoData.run(new DefaultApplicationArguments());

        assertThat(jdbc.queryForList("select id, username, password_hash, version from app_user order by id"))
                .isEqualTo(before);
        assertThat(jdbc.queryForList("select id, status, version from plan order by id")).isEqualTo(plansBefore);
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
