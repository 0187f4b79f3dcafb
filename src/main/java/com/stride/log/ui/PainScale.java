package com.stride.log.ui;

import com.stride.i18n.Text;
import com.stride.log.LogLimits;
import com.stride.log.Pain;
import com.stride.log.PainGuidance;
import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.Element;
import org.jspecify.annotations.Nullable;

/**
 * The 0-10 numeric pain rating scale as large tap targets, with its anchors (0 = no pain, 10 =
 * worst imaginable) and, once chosen, what the score means in the pain-monitoring model.
 *
 * <p>Vaadin's radio group with its own radio buttons, each a plain element labelled by its score:
 * a {@code RadioButtonGroup} builds four server-side components per option (button, label,
 * renderer, text), which made the pain scales half of Today's state (issue 14).
 */
@Tag("vaadin-radio-group")
@JsModule("@vaadin/radio-group/src/vaadin-radio-group.js")
@JsModule("@vaadin/radio-group/src/vaadin-radio-button.js")
class PainScale extends AbstractSinglePropertyField<PainScale, Integer>
        implements HasLabel, HasHelper, HasValidation, HasStyle {


    PainScale(String label) {
        super("value", null, String.class, PainScale::score, PainScale::text);
        setLabel(label);
        addClassName("pain-scale");
        // the server says when a score is wrong; left to itself the web component would clear the
        // message on the next focus change (as Flow's own fields, it must not validate by itself)
        getElement().setProperty("manualValidation", true);
        for (int score = LogLimits.PAIN_MIN; score <= LogLimits.PAIN_MAX; score++) {
            Element option = new Element("vaadin-radio-button");
            option.setProperty("value", text(score));
            option.setProperty("label", text(score));
            getElement().appendChild(option);
        }
        setHelperText(anchors());
        addValueChangeListener(e -> setHelperText(e.getValue() == null ? anchors()
                : Text.get("log.painScale.chosen", "score", e.getValue(), "meaning", meaning(e.getValue()))));
    }

    /** What the browser sent, as a score; anything else (a tampered request) is no score. */
    private static @Nullable Integer score(@Nullable String value) {
        if (value == null || !value.matches("\\d{1,2}")) {
            return null;
        }
        int score = Integer.parseInt(value);
        // only a value one of the buttons has ("05" is none of them)
        return score >= LogLimits.PAIN_MIN && score <= LogLimits.PAIN_MAX && value.equals(text(score)) ? score : null;
    }

    private static String text(@Nullable Integer score) {
        return score == null ? "" : Integer.toString(score);
    }

    @Override
    public void setInvalid(boolean invalid) {
        getElement().setProperty("invalid", invalid);
    }

    @Override
    public boolean isInvalid() {
        return getElement().getProperty("invalid", false);
    }

    @Override
    public void setErrorMessage(@Nullable String errorMessage) {
        getElement().setProperty("errorMessage", errorMessage == null ? "" : errorMessage);
    }

    @Override
    public @Nullable String getErrorMessage() {
        return getElement().getProperty("errorMessage");
    }

    /** "0 = no pain, 10 = worst imaginable". */
    static String anchors() {
        return Text.get("log.painScale.anchors", "min", LogLimits.PAIN_MIN, "max", LogLimits.PAIN_MAX);
    }

    /**
     * The score's anchor, if any, and its zone as a sentence carries them: "no pain, safe zone". The
     * zone's words are those of the heading the runner reads after saving ({@link PainGuidance#during}).
     */
    static String meaning(int score) {
        String zone = Text.get("log.painScale.zone." + Pain.zone(score).name());
        if (score == LogLimits.PAIN_MIN || score == LogLimits.PAIN_MAX) {
            String anchor = Text.get(score == LogLimits.PAIN_MIN ? "log.painScale.anchor.min" : "log.painScale.anchor.max");
            return Text.get("log.painScale.meaning", "anchor", anchor, "zone", zone);
        }
        return zone;
    }
}
