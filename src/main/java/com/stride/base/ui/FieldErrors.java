package com.stride.base.ui;

import com.stride.base.InvalidInputException;
import com.stride.base.validation.Problems;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Carries refused input to the field it belongs to, in every form. A form binds each field to the
 * key a service uses for it ({@code "title"}, {@code "email"}); a part that holds many fields (a
 * dosage editor, a list of steps) is bound as a {@link Group} under a prefix and gets its own keys
 * with the prefix taken off ({@code "reps"} for {@code "items[1].reps"}, {@code "[2]"} for
 * {@code "steps[2]"}). A key no field takes is handed back, so the form can say it elsewhere.
 */
public final class FieldErrors {

    /** A part of a form that shows the errors of its own keys. */
    public interface Group {
        /**
         * Shows these errors (keys relative to the group's prefix); an empty map clears them.
         *
         * @return the errors it has no place for, keys as given
         */
        Map<String, String> showErrors(Map<String, String> errors);
    }

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private @Nullable HasValidation firstInvalid;

    public FieldErrors bind(String key, HasValidation field) {
        fields.put(key, field);
        return this;
    }

    public FieldErrors bind(String prefix, Group group) {
        groups.put(prefix, group);
        return this;
    }

    /** Shows the refusal next to its fields; returns the messages that belong to no field. */
    public Map<String, String> show(InvalidInputException refusal) {
        return show(refusal.fieldErrors());
    }

    public Map<String, String> show(Problems problems) {
        return show(problems.asMap());
    }

    /**
     * Shows each message on its field, clearing the others. A key "muscles[2]" falls back to the
     * field "muscles" when no group takes it.
     */
    public Map<String, String> show(Map<String, String> errors) {
        clear();
        Map<String, Map<String, String>> grouped = new LinkedHashMap<>();
        Map<String, String> unplaced = new LinkedHashMap<>();
        errors.forEach((key, message) -> {
            HasValidation field = fields.get(key);
            String prefix = field == null ? groupOf(key) : null;
            if (field == null && prefix == null) {
                field = fields.get(key.replaceAll("\\[\\d+]$", ""));
            }
            if (field != null) {
                if (!field.isInvalid()) {
                    mark(field, message);
                }
            } else if (prefix != null) {
                grouped.computeIfAbsent(prefix, p -> new LinkedHashMap<>())
                        .putIfAbsent(relative(key, prefix), message);
            } else {
                unplaced.putIfAbsent(key, message);
            }
        });
        grouped.forEach((prefix, mine) -> groups.get(prefix).showErrors(mine).forEach((key, message) ->
                unplaced.putIfAbsent(key.isEmpty() || key.startsWith("[") ? prefix + key : prefix + "." + key,
                        message)));
        return unplaced;
    }

    public void clear() {
        firstInvalid = null;
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        groups.values().forEach(group -> group.showErrors(Map.of()));
    }

    /** Moves the keyboard focus to the first field (in binding order of the shown errors) that is wrong. */
    public void focusFirstInvalid() {
        if (firstInvalid instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }

    /** The field bound to the key, for tests. */
    public Optional<HasValidation> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    private void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        if (firstInvalid == null) {
            firstInvalid = field;
        }
    }

    /** The longest group prefix that the key falls under, or null. */
    private @Nullable String groupOf(String key) {
        String best = null;
        for (String prefix : groups.keySet()) {
            boolean under = key.equals(prefix) || key.startsWith(prefix + ".") || key.startsWith(prefix + "[");
            if (under && (best == null || prefix.length() > best.length())) {
                best = prefix;
            }
        }
        return best;
    }

    private static String relative(String key, String prefix) {
        String rest = key.substring(prefix.length());
        return rest.startsWith(".") ? rest.substring(1) : rest;
    }
}
