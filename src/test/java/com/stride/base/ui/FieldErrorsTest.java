package com.stride.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one way a refused input reaches its field, in every form. */
class FieldErrorsTest {

    private final TextField title = new TextField("Title");
    private final TextField muscles = new TextField("Muscles");
    private final Map<String, String> shownInGroup = new LinkedHashMap<>();
    /** A group that shows its own keys and hands back the one for the whole list. */
    private final FieldErrors.Group items = errors -> {
        shownInGroup.clear();
        shownInGroup.putAll(errors);
        return errors.containsKey("") ? Map.of("", errors.get("")) : Map.of();
    };
    private final FieldErrors errors = new FieldErrors().bind("title", title).bind("muscles", muscles)
            .bind("items", items);

    @Test
    void eachMessageGoesToItsFieldAndWhatFitsNoFieldComesBack() {
        Map<String, String> elsewhere = errors.show(Map.of("title", "Give the plan a title", "status",
                "Only a draft can be assigned"));
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the plan a title");
        assertThat(muscles.isInvalid()).isFalse();
        assertThat(elsewhere).containsExactly(Map.entry("status", "Only a draft can be assigned"));
    }

    @Test
    void aGroupGetsItsKeysWithoutThePrefixAndMayHandSomeBack() {
        Map<String, String> shown = new LinkedHashMap<>();
        shown.put("items[1].reps", "Use 1-100 reps");
        shown.put("items[0]", "This exercise is not in your catalogue");
        shown.put("items", "An assigned plan needs at least one exercise");
        Map<String, String> elsewhere = errors.show(shown);
        assertThat(shownInGroup).containsExactly(Map.entry("[1].reps", "Use 1-100 reps"),
                Map.entry("[0]", "This exercise is not in your catalogue"),
                Map.entry("", "An assigned plan needs at least one exercise"));
        assertThat(elsewhere).containsExactly(Map.entry("items", "An assigned plan needs at least one exercise"));
    }

    @Test
    void anIndexedKeyFallsBackToItsListField() {
        errors.show(Map.of("muscles[2]", "Use at most 60 characters"));
        assertThat(muscles.getErrorMessage()).isEqualTo("Use at most 60 characters");
    }

    @Test
    void showingAgainClearsWhatIsNoLongerWrong() {
        errors.show(Map.of("title", "Give the plan a title", "items[0].reps", "Use 1-100 reps"));
        errors.show(Map.of("muscles", "Use at most 12 muscles"));
        assertThat(title.isInvalid()).isFalse();
        assertThat(title.getErrorMessage()).isNullOrEmpty();
        assertThat(shownInGroup).isEmpty();
        errors.clear();
        assertThat(muscles.isInvalid()).isFalse();
    }
}
