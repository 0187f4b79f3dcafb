package com.stride.log.ui;

import com.stride.log.LogLimits;
import com.stride.log.Pain;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.stream.IntStream;

/**
 * The 0-10 numeric pain rating scale as large tap targets, with its anchors (0 = no pain, 10 =
 * worst imaginable) and, once chosen, what the score means in the pain-monitoring model.
 */
class PainScale extends RadioButtonGroup<Integer> {

    static final String ANCHORS = LogLimits.PAIN_MIN + " = no pain, " + LogLimits.PAIN_MAX + " = worst imaginable";

    PainScale(String label) {
        super(label);
        addClassName("pain-scale");
        setItems(IntStream.rangeClosed(LogLimits.PAIN_MIN, LogLimits.PAIN_MAX).boxed().toList());
        setHelperText(ANCHORS);
        addValueChangeListener(e -> setHelperText(e.getValue() == null ? ANCHORS
                : e.getValue() + ": " + meaning(e.getValue())));
    }

    static String meaning(int score) {
        String anchor = Pain.anchor(score);
        String zone = switch (Pain.zone(score)) {
            case SAFE -> "safe to keep going";
            case ACCEPTABLE -> "acceptable, keep an eye on it";
            case TOO_MUCH -> "too much: your PT will see this";
        };
        return anchor.isEmpty() ? zone : anchor.toLowerCase(java.util.Locale.ROOT) + ", " + zone;
    }
}
