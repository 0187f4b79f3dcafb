package com.stride.clinic.ui;

import com.stride.base.ConcurrentEditException;
import com.stride.i18n.Language;
import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import com.stride.base.ui.Notices;
import com.stride.i18n.Titles;
import com.stride.clinic.ClinicSettings;
import com.stride.clinic.ClinicSettingsService;
import com.stride.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** A clinic's admin sets the clinic's time zone (whose midnight starts "today") and default language. */
@Route("clinic")
@Menu(order = 7, icon = "vaadin:building", title = "clinic.menu.settings")
@RolesAllowed(Role.Names.ADMIN)
class ClinicSettingsView extends Main implements HasDynamicTitle {

    private final ClinicSettingsService service;
    private final Clock clock;
    private final ComboBox<String> zone = new ComboBox<>(Text.get("clinic.settings.zone"));
    private final Select<Language> language = new Select<>();
    private final Paragraph now = new Paragraph();
    private ClinicSettings settings;

    ClinicSettingsView(ClinicSettingsService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassNames("clinic-settings-view", "page");
        settings = service.settings();

        java.util.Set<String> zones = new java.util.TreeSet<>(ClinicSettingsService.zones());
        zones.add(settings.timeZone().getId());
        zone.setItems(List.copyOf(zones));
        zone.setHelperText(Text.get("clinic.settings.zoneHelp"));
        zone.setRequired(true);
        zone.setAllowCustomValue(false);
        zone.setWidthFull();
        zone.addValueChangeListener(change -> showNow());

        language.setLabel(Text.get("clinic.settings.language"));
        language.setHelperText(Text.get("clinic.settings.languageHelp"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Language::autonym);
        language.setWidthFull();

        Button save = new Button(Text.get("clinic.settings.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        now.addClassName("clinic-now");
        Div form = new Div(new H2(Text.get("clinic.settings.heading", "clinic", settings.name())),
                new Paragraph(Text.get("clinic.settings.intro")), zone, now, language, save);
        form.addClassName("password-form");
        add(form);
        show(settings);
    }

    private void show(ClinicSettings shown) {
        settings = shown;
        zone.setValue(shown.timeZone().getId());
        language.setValue(shown.defaultLanguage());
        showNow();
    }

    private void showNow() {
        if (zone.getValue() != null) {
            ZoneId chosen = ZoneId.of(zone.getValue());
            now.setText(Text.get("clinic.settings.now", "time", Formats.dateTime(clock.instant(), chosen)));
        }
    }

    private void save() {
        if (zone.getValue() == null) {
            zone.setInvalid(true);
            zone.setErrorMessage(Text.get("clinic.settings.zoneRequired"));
            return;
        }
        zone.setInvalid(false);
        try {
            show(service.change(ZoneId.of(zone.getValue()), language.getValue(), settings.version()));
            Notices.success(Text.get("clinic.settings.saved"));
        } catch (ConcurrentEditException e) {
            Notices.error(Text.get("clinic.settings.conflict"));
            show(service.settings());
        }
    }

    @Override
    public String getPageTitle() {
        return Titles.of("clinic.settings.title");
    }
}
