package com.stride.catalogue.ui;

import com.stride.catalogue.Range;
import com.stride.i18n.Language;
import com.stride.i18n.Text;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number or a range, typed the way a PT writes it: "10" or "10-12" (also "10–12", "10 to 12",
 * and the word of the PT's language: "10 bis 12", "10 a 12"). Empty means "not set". {@link #wholeNumber} makes a field that takes a single number only.
 */
public class RangeField extends TextField {

    /** "to" is read in every language: a PT may well type it whatever the screen's language. */
    private static final String ENGLISH_TO = "to";
    private static final Map<Language, Pattern> RANGES = new ConcurrentHashMap<>();
    private static final Pattern SINGLE = Pattern.compile("^\\s*(\\d{1,4})\\s*$");

    private final boolean rangeAllowed;
    private final Pattern pattern;
    private final Language language;

    public RangeField(String label, String unit) {
        this(label, unit, true);
    }

    private RangeField(String label, String unit, boolean rangeAllowed) {
        super(label);
        this.rangeAllowed = rangeAllowed;
        this.language = Text.language();
        this.pattern = rangeAllowed ? RANGES.computeIfAbsent(language, RangeField::rangePattern) : SINGLE;
        setValueChangeMode(ValueChangeMode.EAGER);
        setAllowedCharPattern(rangeAllowed ? "[0-9 \\-–—" + letters(ENGLISH_TO + toWord(language)) + "]" : "[0-9]");
        // two numbers of four digits, the word between them and its spaces
        setMaxLength(rangeAllowed ? 10 + Math.max(ENGLISH_TO.length(), toWord(language).length()) : 4);
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
        Matcher matcher = pattern.matcher(getValue());
        if (getValue().isBlank() || !matcher.matches()) {
            return Optional.empty();
        }
        int min = Integer.parseInt(matcher.group(1));
        return Optional.of(matcher.groupCount() < 2 || matcher.group(2) == null ? Range.of(min)
                : Range.of(min, Integer.parseInt(matcher.group(2))));
    }

    /** Something was typed that is neither a number nor a range. */
    public boolean isUnreadable() {
        return !getValue().isBlank() && !pattern.matcher(getValue()).matches();
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
        return Text.get(language, rangeAllowed ? "catalogue.range.unreadable" : "catalogue.range.notWhole");
    }

    private static Pattern rangePattern(Language language) {
        return Pattern.compile("^\\s*(\\d{1,4})\\s*(?:(?:-|–|—|" + ENGLISH_TO + "|" + Pattern.quote(toWord(language))
                + ")\\s*(\\d{1,4}))?\\s*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String toWord(Language language) {
        return Text.get(language, "catalogue.range.to").strip();
    }

    /**
     * The letters of the range words, in both cases, for the field's allowed characters (a word is
     * letters only: RangeFieldTest).
     */
    private static String letters(String words) {
        StringBuilder letters = new StringBuilder();
        words.codePoints().filter(Character::isLetter).distinct().forEach(c -> letters
                .appendCodePoint(Character.toLowerCase(c)).appendCodePoint(Character.toUpperCase(c)));
        return letters.toString();
    }

    public void setRange(Range range) {
        setValue(range == null ? "" : range.toString());
    }
}
