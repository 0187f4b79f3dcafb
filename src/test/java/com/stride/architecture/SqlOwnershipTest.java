package com.stride.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.test.IntegrationTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ArchUnit cannot see SQL, so this reads it: every SQL or JPQL string of a feature's code, every
 * view and every SQL function in the database, names only its feature's own tables and helpers, or
 * what a feature publishes ({@link SqlOwners}). Every table, view and function of the schema has an
 * owner, so a new one cannot slip past the rule.
 */
@IntegrationTest
class SqlOwnershipTest {

    private static final Path MAIN = Path.of("src/main/java/com/stride");
    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theQueriesOfEachFeatureNameOnlyItsOwnTablesOrWhatOthersPublish() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String feature = MAIN.relativize(file).getName(0).toString();
            for (String sql : strings(read(file))) {
                for (String name : SqlOwners.references(sql)) {
                    if (!mayRead(feature, name)) {
                        violations.add(MAIN.relativize(file) + " (" + feature + ") names " + name + ", owned by "
                                + SqlOwners.ownerOf(name));
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void everyTableViewAndFunctionOfTheSchemaHasAnOwner() {
        List<String> tables = jdbc.queryForList("""
                select tablename from pg_tables
                where schemaname = 'public' and tablename <> 'flyway_schema_history'""", String.class);
        assertThat(tables).allSatisfy(table -> assertThat(SqlOwners.TABLES).containsKey(table));
        assertThat(SqlOwners.TABLES.keySet()).containsExactlyInAnyOrderElementsOf(tables);
        List<String> views = jdbc.queryForList("select viewname from pg_views where schemaname = 'public'",
                String.class);
        assertThat(views).allSatisfy(view -> assertThat(SqlOwners.PUBLISHED).containsKey(view));
        assertThat(ourFunctions().keySet()).allSatisfy(function -> assertThat(SqlOwners.ownerOf(function))
                .as(function).isNotNull());
    }

    @Test
    void viewsReadOnlyTheirOwnersTablesOrWhatOthersPublish() {
        List<String> violations = new ArrayList<>();
        jdbc.query("""
                select view_name, table_name from information_schema.view_table_usage
                where view_schema = 'public'
                union
                select distinct v.relname, p.proname
                from pg_rewrite r
                join pg_class v on v.oid = r.ev_class and v.relkind = 'v'
                join pg_depend d on d.classid = 'pg_rewrite'::regclass and d.objid = r.oid
                                and d.refclassid = 'pg_proc'::regclass
                join pg_proc p on p.oid = d.refobjid
                join pg_namespace n on n.oid = p.pronamespace and n.nspname = 'public'""", row -> {
            String view = row.getString(1);
            String read = row.getString(2);
            if (!mayRead(SqlOwners.PUBLISHED.get(view), read)) {
                violations.add("view " + view + " (" + SqlOwners.PUBLISHED.get(view) + ") reads " + read);
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void sqlFunctionsReadOnlyTheirOwnersTablesOrWhatOthersPublish() {
        List<String> violations = new ArrayList<>();
        ourFunctions().forEach((function, body) -> {
            String owner = SqlOwners.ownerOf(function);
            for (String name : SqlOwners.references(body)) {
                if (!name.equals(function) && !mayRead(owner, name)) {
                    violations.add("function " + function + " (" + owner + ") names " + name);
                }
            }
        });
        assertThat(violations).isEmpty();
    }

    /** The check itself: it catches a log query on the plan's tables, and lets published views pass. */
    @Test
    void theCheckFindsAQueryOnAnotherFeaturesTable() {
        assertThat(SqlOwners.references("""
                select s.id, i.exercise_id from session_log s
                join plan_item i on i.id = s.plan_item_id, plan_revision r
                where exists (select 1 from app_user u where u.id = s.runner_id)""")).containsExactly(
                "session_log", "plan_item", "plan_revision", "app_user");
        assertThat(SqlOwners.references("select count(*) from runner_flags(:id, :today) f, person p"))
                .containsExactly("runner_flags", "person");
        assertThat(SqlOwners.references("select i from ExerciseImage i, Exercise e where e.id = i.exerciseId"))
                .containsExactly("exercise_image", "exercise");
        assertThat(mayRead("log", "plan_item")).isFalse();
        assertThat(mayRead("log", "app_user")).isFalse();
        assertThat(mayRead("log", "session_log")).isTrue();
        assertThat(mayRead("log", "plan_item_detail")).isTrue();
        assertThat(mayRead("demo", "session_log")).isFalse();
        assertThat(mayRead("plan", "clinic_exercises")).as("a catalogue helper, not published").isFalse();
    }

    private static boolean mayRead(String feature, String name) {
        return SqlOwners.mayRead(feature, name);
    }

    /** Our own functions (not those of extensions), with their bodies. */
    private Map<String, String> ourFunctions() {
        Map<String, String> functions = new java.util.LinkedHashMap<>();
        jdbc.query("""
                select p.proname, p.prosrc from pg_proc p
                join pg_namespace n on n.oid = p.pronamespace
                where n.nspname = 'public'
                  and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')""",
                row -> {
                    functions.put(row.getString(1), row.getString(2));
                });
        return functions;
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> MAIN.relativize(file).getNameCount() > 1)
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The contents of the text blocks and string literals of a source file. */
    static List<String> strings(String source) {
        List<String> strings = new ArrayList<>();
        Matcher blocks = TEXT_BLOCK.matcher(source);
        StringBuilder rest = new StringBuilder();
        while (blocks.find()) {
            strings.add(blocks.group(1));
            blocks.appendReplacement(rest, " ");
        }
        blocks.appendTail(rest);
        Matcher literals = STRING.matcher(rest);
        while (literals.find()) {
            strings.add(literals.group(1));
        }
        return strings;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
