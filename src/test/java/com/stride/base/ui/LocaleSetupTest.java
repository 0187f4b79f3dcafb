package com.stride.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.i18n.Language;
import com.stride.security.CurrentUser;
import com.stride.security.Role;
import com.vaadin.flow.server.VaadinServletRequest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** Own choice, then the browser's first language we speak, then the clinic's default, then English. */
class LocaleSetupTest {

    @Test
    void theOwnChoiceWinsOverTheBrowser() {
        assertThat(LocaleSetup.localeFor(user("es", "de"), request("de-DE,de;q=0.9"))).isEqualTo(Language.SPANISH);
    }

    @Test
    void withoutAChoiceTheBrowsersFirstLanguageWeSpeak() {
        assertThat(LocaleSetup.localeFor(user(null, "en"), request("fr-FR,fr;q=0.9,es;q=0.8,de;q=0.7")))
                .isEqualTo(Language.SPANISH);
        assertThat(LocaleSetup.localeFor(user(null, "en"), request("de-AT"))).isEqualTo(Language.GERMAN);
    }

    @Test
    void aBrowserWeDoNotSpeakFallsBackToTheClinicsDefault() {
        assertThat(LocaleSetup.localeFor(user(null, "de"), request("fr-FR,it;q=0.5"))).isEqualTo(Language.GERMAN);
        assertThat(LocaleSetup.localeFor(user(null, "es"), request(null))).isEqualTo(Language.SPANISH);
    }

    @Test
    void theSignInPageFollowsTheBrowserOrEnglish() {
        assertThat(LocaleSetup.localeFor(null, request("es-MX,es;q=0.9"))).isEqualTo(Language.SPANISH);
        assertThat(LocaleSetup.localeFor(null, request("ja-JP"))).isEqualTo(Language.ENGLISH);
        assertThat(LocaleSetup.localeFor(null, request(null))).isEqualTo(Language.ENGLISH);
    }

    private static CurrentUser user(@Nullable String own, String clinic) {
        return new CurrentUser(1, 1L, "someone", "Someone", Role.RUNNER, true, null).withLanguages(own, clinic);
    }

    private static VaadinServletRequest request(@Nullable String acceptLanguage) {
        MockHttpServletRequest http = new MockHttpServletRequest();
        if (acceptLanguage != null) {
            http.addHeader("Accept-Language", acceptLanguage);
        }
        return new VaadinServletRequest(http, null);
    }
}
