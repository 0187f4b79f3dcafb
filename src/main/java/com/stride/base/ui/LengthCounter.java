package com.stride.base.ui;

import com.stride.i18n.Text;
import com.stride.base.validation.Messages;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A live count under a free-text field, shown before its limit is reached, instead of the browser's
 * {@code maxlength}, which cuts a paste short without a word. Counts characters as the services and
 * the database do (code points: an emoji is one). Past the limit the field says so at once; the
 * service refuses it on save with the same message.
 */
public final class LengthCounter {

    /** Short fields show the count from this share of their limit on; long ones always. */
    static final double SHOW_FROM = 0.8;
    static final int ALWAYS_SHOWN_FROM_LIMIT = 200;

    private final TextFieldBase<?, String> field;
    private final int max;
    private final @Nullable String hint;

    private LengthCounter(TextFieldBase<?, String> field, int max, @Nullable String hint) {
        this.field = field;
        this.max = max;
        this.hint = hint;
    }

    /**
     * @param hint the field's own helper text, kept before the count; null for none
     */
    public static void attach(TextFieldBase<?, String> field, int max, @Nullable String hint) {
        LengthCounter counter = new LengthCounter(field, max, hint);
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        field.addValueChangeListener(e -> counter.update(true));
        counter.update(false);
    }

    /** "812 / 1,000 characters" or null while it is not worth showing. */
    static @Nullable String count(String value, int max, Locale locale) {
        int length = value.codePointCount(0, value.length());
        if (max < ALWAYS_SHOWN_FROM_LIMIT && length < max * SHOW_FROM) {
            return null;
        }
        return Text.get(locale, "base.length.count", "length", length, "max", max);
    }

    private void update(boolean typed) {
        String value = field.getValue() == null ? "" : field.getValue();
        String count = count(value, max, Text.locale());
        String helper = hint == null ? count : count == null ? hint : hint + " · " + count;
        field.setHelperText(helper);
        boolean over = value.codePointCount(0, value.length()) > max;
        if (over) {
            field.setErrorMessage(Messages.tooLong(max));
            field.setInvalid(true);
        } else if (typed && Messages.tooLong(max).equals(field.getErrorMessage())) {
            field.setInvalid(false);
        }
    }
}
