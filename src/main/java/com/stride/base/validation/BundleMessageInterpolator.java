package com.stride.base.validation;

import com.stride.i18n.Text;
import jakarta.validation.Configuration;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bean Validation messages from our bundles: a template that is one bundle key in braces
 * ({@code "{base.validation.tooLong}"}, {@code "{plan.draft.titleRequired}"}) is read in the current
 * person's language ({@link Text#locale()}) and formatted as ICU, its arguments the annotation's
 * attributes, so {@code {max}} and {@code {min}} come from {@code @Size(max = 60)} and a plural can
 * count them. Any other template (Hibernate Validator's own) goes to Hibernate's interpolator, in
 * the same language. Spring's validator uses it ({@link ValidationSetup}).
 */
public final class BundleMessageInterpolator implements MessageInterpolator {

    private final MessageInterpolator others;

    public BundleMessageInterpolator(MessageInterpolator others) {
        this.others = others;
    }

    /** A validator factory with these messages, outside Spring (unit tests). */
    public static ValidatorFactory validatorFactory() {
        Configuration<?> configuration = Validation.byDefaultProvider().configure();
        return configuration.messageInterpolator(
                new BundleMessageInterpolator(configuration.getDefaultMessageInterpolator())).buildValidatorFactory();
    }

    @Override
    public String interpolate(String template, Context context) {
        return interpolate(template, context, Text.locale());
    }

    @Override
    public String interpolate(String template, Context context, Locale locale) {
        String key = Messages.key(template);
        if (key == null) {
            return others.interpolate(template, context, locale);
        }
        List<Object> arguments = new ArrayList<>();
        context.getConstraintDescriptor().getAttributes().forEach((name, value) -> {
            arguments.add(name);
            arguments.add(value);
        });
        return Text.get(locale, key, arguments.toArray());
    }
}
