package com.stride.catalogue.ui;

import com.stride.catalogue.BodyRegion;
import com.stride.catalogue.Category;
import com.stride.catalogue.Equipment;
import com.stride.catalogue.Position;
import com.stride.catalogue.SearchCriteria;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A search as URL query parameters, so it can be bookmarked and shared:
 * {@code ?q=hamstring&category=stretch&region=calves&region=hamstrings&equipment=none&position=standing&side=one}.
 * Unknown or malformed values are ignored rather than failing the page.
 */
final class CriteriaParameters {

    static final String NO_EQUIPMENT = "none";

    private CriteriaParameters() {
    }

    static QueryParameters toParameters(SearchCriteria criteria) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (!criteria.text().isEmpty()) {
            parameters.put("q", List.of(criteria.text()));
        }
        put(parameters, "category", criteria.categories());
        put(parameters, "region", criteria.regions());
        List<String> equipment = new ArrayList<>(codes(criteria.equipment()));
        if (criteria.noEquipment()) {
            equipment.add(NO_EQUIPMENT);
        }
        if (!equipment.isEmpty()) {
            parameters.put("equipment", equipment);
        }
        put(parameters, "position", criteria.positions());
        if (criteria.oneSide() != null) {
            parameters.put("side", List.of(criteria.oneSide() ? "one" : "both"));
        }
        if (criteria.includeArchived()) {
            parameters.put("archived", List.of("show"));
        }
        return new QueryParameters(parameters);
    }

    static SearchCriteria fromParameters(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        String text = parameters.getOrDefault("q", List.of("")).stream().findFirst().orElse("");
        List<String> equipment = parameters.getOrDefault("equipment", List.of());
        String side = parameters.getOrDefault("side", List.of("")).stream().findFirst().orElse("");
        return new SearchCriteria(text,
                parse(Category.class, parameters.get("category")),
                parse(BodyRegion.class, parameters.get("region")),
                parse(Equipment.class, equipment),
                equipment.contains(NO_EQUIPMENT),
                parse(Position.class, parameters.get("position")),
                switch (side) {
                    case "one" -> Boolean.TRUE;
                    case "both" -> Boolean.FALSE;
                    default -> null;
                },
                parameters.getOrDefault("archived", List.of()).contains("show"));
    }

    private static void put(Map<String, List<String>> parameters, String name, Set<? extends Enum<?>> values) {
        if (!values.isEmpty()) {
            parameters.put(name, codes(values));
        }
    }

    private static List<String> codes(Set<? extends Enum<?>> values) {
        return values.stream().map(v -> v.name().toLowerCase(Locale.ROOT).replace('_', '-')).sorted().toList();
    }

    private static <E extends Enum<E>> Set<E> parse(Class<E> type, List<String> codes) {
        Set<E> result = EnumSet.noneOf(type);
        if (codes != null) {
            for (String code : codes) {
                try {
                    result.add(Enum.valueOf(type, code.toUpperCase(Locale.ROOT).replace('-', '_')));
                } catch (IllegalArgumentException unknown) {
                    // an old or hand-edited link: ignore the value
                }
            }
        }
        return result;
    }
}
