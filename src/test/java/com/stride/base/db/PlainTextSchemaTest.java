package com.stride.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.base.validation.PlainTextValidator;
import com.stride.test.IntegrationTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database's {@code plain_text()} (V10) and {@link PlainTextValidator} refuse the same characters. */
@IntegrationTest
class PlainTextSchemaTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theDatabaseRefusesExactlyTheControlCharactersJavaRefuses() {
        // every character up to U+2FFF (surrogates cannot be sent), and emoji planes' first block
        int[] codePoints = IntStream.concat(IntStream.rangeClosed(1, 0x2FFF), IntStream.rangeClosed(0x1F300, 0x1F6FF))
                .toArray();
        List<Integer> refusedByDatabase = jdbc.queryForList("""
                select c from unnest(?::int[]) as c where not plain_text(chr(c)) order by c""", Integer.class,
                (Object) boxed(codePoints));
        List<Integer> refusedByJava = IntStream.of(codePoints)
                .filter(c -> PlainTextValidator.problem(Character.toString(c)).isPresent()).boxed().toList();
        assertThat(refusedByDatabase).isEqualTo(refusedByJava).hasSize(31 - 3 + 1 + 32 + 5 + 4);
    }

    @Test
    void freeTextColumnsRefuseControlCharactersAndKeepEmoji() {
        long id = jdbc.queryForObject("select id from app_user where username = 'runner.priya'", Long.class);
        jdbc.update("update app_user set display_name = ? where id = ?", "Priya \uD83C\uDFC3\u200D\u2640\uFE0F", id);
        assertThat(jdbc.queryForObject("select display_name from app_user where id = ?", String.class, id))
                .isEqualTo("Priya \uD83C\uDFC3\u200D\u2640\uFE0F");
        assertThatThrownBy(() -> jdbc.update("update app_user set display_name = ? where id = ?", "Priya\u0007", id))
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("app_user_text_chk");
        assertThatThrownBy(() -> jdbc.update("update exercise set steps = array['Lift', 'Hold\u001B'] where id = "
                + "(select min(id) from exercise)")).hasMessageContaining("exercise_text_chk");
        jdbc.update("update app_user set display_name = 'Priya Nair' where id = ?", id);
    }

    private static Integer[] boxed(int[] values) {
        return IntStream.of(values).boxed().toArray(Integer[]::new);
    }
}
