package com.stride.catalogue.ui;

import com.stride.i18n.Text;
import com.stride.catalogue.Range;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number or a range, typed the way a PT writes it: "10" or "10-12" (also "10–12", "10 to 12").
 * Empty means "not set". {@link #wholeNumber} makes a field that takes a single number only.
 */
public class RangeField extends TextField {

    private static final Pattern RANGE = Pattern.compile("^\\s*(\\d{1,4})\\s*(?:(?:-|–|—|to)\\s*(\\d{1,4}))?\\s*$");
    private static final Pattern SINGLE = Pattern.compile("^\\s*(\\d{1,4})\\s*$");

    private final boolean rangeAllowed;

    public RangeField(String label, String unit) {
        this(label, unit, true);
    }

    private RangeField(String label, String unit, boolean rangeAllowed) {
        super(label);
        this.rangeAllowed = rangeAllowed;
        setValueChangeMode(ValueChangeMode.EAGER);
        setAllowedCharPattern(rangeAllowed ? "[0-9 \\-–—to]" : "[0-9]");
        setMaxLength(rangeAllowed ? 11 : 4);
        setClearButtonVisible(true);
        if (unit != null) {
            setSuffixComponent(new Span(unit));
        }
    }

    /** A field for one whole number, such as days a week or rest seconds. */
    public static RangeField wholeNumber(String label, String unit) {
        return new RangeField(label, unit, false);
    }

    /** The typed range; empty when blank. Throws nothing: see {@link #isUnreadable()}. */
    public Optional<Range> range() {
        Matcher matcher = pattern().matcher(getValue());
        if (getValue().isBlank() || !matcher.matches()) {
            return Optional.empty();
        }
        int min = Integer.parseInt(matcher.group(1));
        return Optional.of(matcher.groupCount() < 2 || matcher.group(2) == null ? Range.of(min)
                : Range.of(min, Integer.parseInt(matcher.group(2))));
    }

    /** Something was typed that is neither a number nor a range. */
    public boolean isUnreadable() {
        return !getValue().isBlank() && !pattern().matcher(getValue()).matches();
    }

    /** The typed whole number; empty when blank or unreadable. */
    public Optional<Integer> number() {
        return range().map(Range::min);
    }

    public void setNumber(Integer value) {
        setValue(value == null ? "" : value.toString());
    }

    /** What to tell the user when {@link #isUnreadable()}. */
    public String unreadableMessage() {
        return Text.get(rangeAllowed ? "catalogue.range.unreadable" : "catalogue.range.notWhole");
    }

    private Pattern pattern() {
        return rangeAllowed ? RANGE : SINGLE;
    }

    public void setRange(Range range) {
        setValue(range == null ? "" : range.toString());
    }
}
