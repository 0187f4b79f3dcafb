package com.stride.catalogue;

import com.stride.i18n.Text;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What an exercise uses, in three kinds that never share a piece (V15): what it needs (all of it),
 * what it needs one of (a choice of at least two: "a wall or a table"), and what it may use (a band
 * to make it harder). The database keeps them as the columns equipment, equipment_any and
 * equipment_optional.
 */
public record ExerciseEquipment(Set<Equipment> needed, Set<Equipment> anyOf, Set<Equipment> optional) {

    public static final ExerciseEquipment NONE = new ExerciseEquipment(Set.of(), Set.of(), Set.of());

    private static final String AND = "catalogue.list.and";
    private static final String OR = "catalogue.list.or";

    /** How an exercise uses one piece. */
    public enum Use {
        NEEDED,
        ONE_OF,
        OPTIONAL;

        public String label() {
            return Text.get("catalogue.equipment.use." + name());
        }
    }

    public ExerciseEquipment {
        needed = sorted(needed);
        anyOf = sorted(anyOf);
        optional = sorted(optional);
    }

    /** An exercise that needs all of these. */
    public static ExerciseEquipment needs(Equipment... pieces) {
        return new ExerciseEquipment(Set.of(pieces), Set.of(), Set.of());
    }

    /** From each piece's use; pieces not in the map are not used. */
    public static ExerciseEquipment of(Map<Equipment, Use> uses) {
        return new ExerciseEquipment(with(uses, Use.NEEDED), with(uses, Use.ONE_OF), with(uses, Use.OPTIONAL));
    }

    /** Each piece the exercise uses, with how, in the vocabulary's order. */
    public Map<Equipment, Use> uses() {
        Map<Equipment, Use> uses = new EnumMap<>(Equipment.class);
        optional.forEach(piece -> uses.put(piece, Use.OPTIONAL));
        anyOf.forEach(piece -> uses.put(piece, Use.ONE_OF));
        needed.forEach(piece -> uses.put(piece, Use.NEEDED));
        return uses;
    }

    /** It can be done with nothing at all (optional pieces aside). */
    public boolean needsNothing() {
        return needed.isEmpty() && anyOf.isEmpty();
    }

    public boolean isEmpty() {
        return needsNothing() && optional.isEmpty();
    }

    /** Why it cannot be saved, or null: a "one of" with nothing to choose from, a piece used two ways. */
    public @Nullable String problem() {
        if (anyOf.size() == 1) {
            return Text.get("catalogue.equipment.oneOfNeedsTwo");
        }
        if (!Collections.disjoint(needed, anyOf) || !Collections.disjoint(needed, optional)
                || !Collections.disjoint(anyOf, optional)) {
            return Text.get("catalogue.equipment.inTwoKinds");
        }
        return null;
    }

    /**
     * For the exercise page and the handout: "You need a mat. Optional: a resistance band.",
     * "You need a weight and either a wall or a table.", "No equipment needed."
     */
    public String sentence() {
        List<String> sentences = new ArrayList<>();
        if (needsNothing()) {
            sentences.add(Text.get("catalogue.equipment.sentence.none"));
        } else if (anyOf.isEmpty()) {
            sentences.add(Text.get("catalogue.equipment.sentence.needs", "need", list(needed, AND)));
        } else if (needed.isEmpty()) {
            sentences.add(Text.get("catalogue.equipment.sentence.either", "choice", list(anyOf, OR)));
        } else {
            sentences.add(Text.get("catalogue.equipment.sentence.needsAndEither", "need", list(needed, AND),
                    "choice", list(anyOf, OR)));
        }
        if (!optional.isEmpty()) {
            sentences.add(Text.get("catalogue.equipment.sentence.optional", "choice", list(optional, OR)));
        }
        return String.join(" ", sentences);
    }

    /** For a line in a list: "Mat", "Wall or table", "Resistance band (optional)", "No equipment". */
    public String shortText() {
        if (isEmpty()) {
            return Text.get("catalogue.equipment.short.none");
        }
        List<String> parts = new ArrayList<>();
        needed.forEach(piece -> parts.add(piece.label()));
        if (!anyOf.isEmpty()) {
            String choice = join(anyOf.stream().map(Equipment::noun).toList(), OR);
            parts.add(choice.substring(0, 1).toUpperCase(Text.locale()) + choice.substring(1));
        }
        optional.forEach(piece -> parts.add(Text.get("catalogue.equipment.short.optional", "piece", piece.label())));
        return String.join(", ", parts);
    }

    private static String list(Set<Equipment> pieces, String conjunction) {
        return join(pieces.stream().map(Equipment::withArticle).toList(), conjunction);
    }

    /** "a, b and c": the language's list with its word for "and" or "or" before the last. */
    private static String join(List<String> items, String conjunction) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        return Text.get(conjunction, "first", String.join(", ", items.subList(0, items.size() - 1)),
                "last", items.getLast());
    }

    private static Set<Equipment> with(Map<Equipment, Use> uses, Use use) {
        return uses.entrySet().stream().filter(e -> e.getValue() == use).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static Set<Equipment> sorted(@Nullable Collection<Equipment> pieces) {
        EnumSet<Equipment> set = EnumSet.noneOf(Equipment.class);
        if (pieces != null) {
            set.addAll(pieces);
        }
        return Collections.unmodifiableSet(set);
    }
}
