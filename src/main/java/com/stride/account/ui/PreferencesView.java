package com.stride.account.ui;

import com.stride.account.Preferences;
import com.stride.account.PreferencesService;
import com.stride.i18n.DistanceUnit;
import com.stride.i18n.Language;
import com.stride.i18n.Text;
import com.stride.i18n.Titles;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everyone's own language and distance unit, from their menu. A new language applies at once: the
 * page loads again in it.
 */
@Route("preferences")
@PermitAll
class PreferencesView extends Main implements HasDynamicTitle {

    /** The choice "follow my browser", which stores no language. */
    static final String BROWSER = "browser";

    private final RadioButtonGroup<String> language = new RadioButtonGroup<>(Text.get("account.preferences.language"));
    private final RadioButtonGroup<DistanceUnit> unit = new RadioButtonGroup<>(Text.get("account.preferences.unit"));

    PreferencesView(PreferencesService preferences) {
        addClassNames("preferences-view", "page");
        List<String> choices = new ArrayList<>();
        choices.add(BROWSER);
        for (Language each : Language.values()) {
            choices.add(each.code());
        }
        language.setItems(choices);
        language.setItemLabelGenerator(code -> Language.ofCode(code).map(Language::autonym)
                .orElseGet(() -> Text.get("account.preferences.browser")));
        language.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        unit.setItems(DistanceUnit.values());
        unit.setItemLabelGenerator(each -> Text.get(each.labelKey()));
        unit.setHelperText(Text.get("account.preferences.unitHelp"));
        unit.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);

        Preferences current = preferences.preferences();
        language.setValue(current.language() == null ? BROWSER : current.language().code());
        unit.setValue(current.distanceUnit());

        Button save = new Button(Text.get("account.preferences.save"), click -> {
            Optional<Language> chosen = Language.ofCode(language.getValue());
            preferences.change(chosen.orElse(null), unit.getValue());
            UI ui = UI.getCurrent();
            // the next page is built in the new language; this one goes there at once
            ui.getPage().reload();
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(new H2(Text.get("account.preferences.heading")), language, unit, save);
        form.addClassName("password-form");
        add(form);
    }

    @Override
    public String getPageTitle() {
        return Titles.of("account.preferences.title");
    }
}
