package com.stride.catalogue;

import static com.stride.base.db.Rows.strings;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Catalogue search in one SQL statement per page (and one for the count), whatever the catalogue
 * size. Full-text search finds words and their forms; trigram word similarity finds typos
 * ("hamstrng", "hip flexer"). Both are served by GIN indexes (V2).
 */
@Repository
class CatalogueSearch {

    private static final String SCORE = """
            case when :text = '' then 0 else
                3 * word_similarity(:text, lower(e.name))
              + word_similarity(:text, e.search_text)
              + ts_rank(e.search_document, websearch_to_tsquery('english', :text))
              + case when lower(e.name) = :text then 3
                     when starts_with(lower(e.name), :text) then 1 else 0 end
              + case when e.code = any(string_to_array(:translated, ',')) then 3 else 0 end
            end""";

    private final JdbcClient jdbc;

    CatalogueSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ExerciseSummary> page(long clinicId, SearchCriteria criteria, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(clinicId, criteria, params);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("""
                        select e.id, e.name, e.category, e.regions, e.equipment, e.equipment_any,
                               e.equipment_optional, e.position, e.one_side,
                               e.clinic_id is null as stock, e.archived_at is not null as archived,
                               c.image_updated_at, c.image_count, c.illustration,
                               %s,
                               %s as score
                        from clinic_exercises(:clinicId) e
                        join exercise_card c on c.id = e.id
                        where %s
                        order by score desc, lower(e.name), e.id
                        offset :offset limit :limit""".formatted(DosageRows.columns("e"), SCORE, where))
                .params(params)
                .query(CatalogueSearch::summary)
                .list();
    }

    /** Of the given exercises, those the clinic may use (clinic_exercises, V8), each with whether it is archived. */
    Map<Long, Boolean> usable(long clinicId, Set<Long> exerciseIds) {
        Map<Long, Boolean> archived = new HashMap<>();
        if (!exerciseIds.isEmpty()) {
            jdbc.sql("""
                            select e.id, e.archived_at is not null as archived from clinic_exercises(:clinicId) e
                            where e.id = any(string_to_array(:ids, ',')::bigint[])""")
                    .param("clinicId", clinicId)
                    .param("ids", exerciseIds.stream().map(String::valueOf).collect(Collectors.joining(",")))
                    .query((row, n) -> archived.put(row.getLong("id"), row.getBoolean("archived")))
                    .list();
        }
        return archived;
    }

    int count(long clinicId, SearchCriteria criteria) {
        Map<String, Object> params = new HashMap<>();
        String where = where(clinicId, criteria, params);
        return jdbc.sql("select count(*) from clinic_exercises(:clinicId) e where " + where)
                .params(params)
                .query(Integer.class)
                .single();
    }

    private static String where(long clinicId, SearchCriteria criteria, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("true");
        params.put("clinicId", clinicId);
        params.put("text", criteria.text());
        // the stock exercises whose German or Spanish name matches: the index knows only the English
        params.put("translated", String.join(",", StockText.codesMatching(criteria.text())));
        if (!criteria.includeArchived()) {
            where.append(" and e.archived_at is null");
        }
        if (!criteria.text().isEmpty()) {
            where.append(" and (e.search_document @@ websearch_to_tsquery('english', :text)"
                    + " or :text <% e.search_text or e.code = any(string_to_array(:translated, ',')))");
        }
        if (!criteria.categories().isEmpty()) {
            where.append(" and e.category = any(string_to_array(:categories, ','))");
            params.put("categories", names(criteria.categories()));
        }
        if (!criteria.regions().isEmpty()) {
            where.append(" and e.regions && string_to_array(:regions, ',')");
            params.put("regions", names(criteria.regions()));
        }
        if (!criteria.equipment().isEmpty() || criteria.noEquipment()) {
            where.append(" and (");
            if (!criteria.equipment().isEmpty()) {
                // the expression of the index exercise_equipment_used_idx (V15)
                where.append("exercise_equipment_used(e.equipment, e.equipment_any, e.equipment_optional)"
                        + " && string_to_array(:equipment, ',')");
                params.put("equipment", names(criteria.equipment()));
            }
            if (criteria.noEquipment()) {
                where.append(criteria.equipment().isEmpty() ? "" : " or ").append("(cardinality(e.equipment) = 0 and cardinality(e.equipment_any) = 0)");
            }
            where.append(")");
        }
        if (!criteria.positions().isEmpty()) {
            where.append(" and e.position = any(string_to_array(:positions, ','))");
            params.put("positions", names(criteria.positions()));
        }
        if (criteria.oneSide() != null) {
            where.append(" and e.one_side = :oneSide");
            params.put("oneSide", criteria.oneSide());
        }
        return where.toString();
    }

    // Enum codes joined with commas and split in SQL: one bind parameter whatever the number of values.
    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static ExerciseSummary summary(ResultSet row, int rowNumber) throws SQLException {
        return new ExerciseSummary(
                row.getLong("id"),
                StockText.name(row.getString("illustration"), row.getString("name")),
                Category.valueOf(row.getString("category")),
                Exercise.enums(BodyRegion.class, strings(row.getArray("regions"))),
                new ExerciseEquipment(Exercise.enums(Equipment.class, strings(row.getArray("equipment"))),
                        Exercise.enums(Equipment.class, strings(row.getArray("equipment_any"))),
                        Exercise.enums(Equipment.class, strings(row.getArray("equipment_optional")))),
                Position.valueOf(row.getString("position")),
                row.getBoolean("one_side"),
                row.getBoolean("stock"),
                row.getBoolean("archived"),
                DosageRows.picture(row, "id"),
                DosageRows.read(row, row.getString("illustration")));
    }
}
