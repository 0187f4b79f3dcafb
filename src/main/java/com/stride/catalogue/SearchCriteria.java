package com.stride.catalogue;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A catalogue search: free text (typo tolerant) plus filters that combine. Within one filter any
 * selected value matches; different filters must all match.
 *
 * @param text            what the user typed; blank lists everything
 * @param equipment       exercises that need, may choose or may use any of these pieces
 * @param noEquipment     also match exercises that need no equipment (they may still use some optionally)
 * @param oneSide         true: one side at a time only; false: both sides only; null: either
 * @param includeArchived also list archived custom exercises (to restore them)
 */
public record SearchCriteria(
        String text,
        Set<Category> categories,
        Set<BodyRegion> regions,
        Set<Equipment> equipment,
        boolean noEquipment,
        Set<Position> positions,
        @Nullable Boolean oneSide,
        boolean includeArchived) {

    public static final int TEXT_MAX_LENGTH = 100;

    public SearchCriteria {
        text = normalize(text);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        equipment = equipment == null ? Set.of() : Set.copyOf(equipment);
        positions = positions == null ? Set.of() : Set.copyOf(positions);
    }

    public static SearchCriteria all() {
        return new SearchCriteria("", Set.of(), Set.of(), Set.of(), false, Set.of(), null, false);
    }

    public static SearchCriteria text(String text) {
        return all().withText(text);
    }

    public SearchCriteria withText(String newText) {
        return new SearchCriteria(newText, categories, regions, equipment, noEquipment, positions, oneSide,
                includeArchived);
    }

    public boolean hasFilters() {
        return !categories.isEmpty() || !regions.isEmpty() || !equipment.isEmpty() || noEquipment
                || !positions.isEmpty() || oneSide != null || includeArchived;
    }

    private static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String collapsed = text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return collapsed.length() > TEXT_MAX_LENGTH ? collapsed.substring(0, TEXT_MAX_LENGTH) : collapsed;
    }
}
