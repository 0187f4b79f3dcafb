package com.stride.catalogue.ui;

import com.stride.catalogue.Range;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number or a range, typed the way a PT writes it: "10" or "10-12" (also "10–12", "10 to 12").
 * Empty means "not set".
 */
public class RangeField extends TextField {

    private static final Pattern RANGE = Pattern.compile("^\\s*(\\d{1,4})\\s*(?:(?:-|–|—|to)\\s*(\\d{1,4}))?\\s*$");

    public RangeField(String label, String unit) {
        super(label);
        setValueChangeMode(ValueChangeMode.EAGER);
        setAllowedCharPattern("[0-9 \\-–—to]");
        setMaxLength(11);
        setClearButtonVisible(true);
        if (unit != null) {
            setSuffixComponent(new Span(unit));
        }
    }

    /** The typed range; empty when blank. Throws nothing: see {@link #isUnreadable()}. */
    public Optional<Range> range() {
        Matcher matcher = RANGE.matcher(getValue());
        if (getValue().isBlank() || !matcher.matches()) {
            return Optional.empty();
        }
        int min = Integer.parseInt(matcher.group(1));
        return Optional.of(matcher.group(2) == null ? Range.of(min) : Range.of(min, Integer.parseInt(matcher.group(2))));
    }

    /** Something was typed that is neither a number nor a range. */
    public boolean isUnreadable() {
        return !getValue().isBlank() && !RANGE.matcher(getValue()).matches();
    }

    public void setRange(Range range) {
        setValue(range == null ? "" : range.toString());
    }
}
