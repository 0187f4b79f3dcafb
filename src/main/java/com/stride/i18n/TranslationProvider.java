package com.stride.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Vaadin's view of the bundles, for {@code getTranslation(key, "name", value)} in components and
 * for choosing a first locale from the browser. The first provided locale is English.
 */
@Component
class TranslationProvider implements I18NProvider {

    private static final List<Locale> LOCALES = Arrays.stream(Language.values()).map(Language::locale).toList();

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (params.length == 1 && params[0] instanceof Map<?, ?> named) {
            Object[] pairs = named.entrySet().stream()
                    .flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
            return Text.get(locale, key, pairs);
        }
        return Text.get(locale, key, params);
    }
}
