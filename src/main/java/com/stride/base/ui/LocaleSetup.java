package com.stride.base.ui;

import com.stride.i18n.Language;
import com.stride.security.Caller;
import com.stride.security.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Collections;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The language of every new page: the person's own choice; else the first language of their
 * browser that we speak; else their clinic's default; else English. The sign-in page, with
 * nobody signed in yet, follows the browser. No query: the choices came with the sign-in.
 */
@Component
public class LocaleSetup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            Language language = localeFor(Caller.current().orElse(null), VaadinRequest.getCurrent());
            init.getUI().setLocale(language.locale());
            // and the session's, for work done in it outside a UI (a download)
            init.getUI().getSession().setLocale(language.locale());
            // screen readers and hyphenation read the page's language from the document
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", language.code());
        });
    }

    static Language localeFor(@Nullable CurrentUser user, @Nullable VaadinRequest request) {
        Optional<Language> own = user == null ? Optional.empty() : Language.ofCode(user.language());
        if (own.isPresent()) {
            return own.get();
        }
        Optional<Language> browser = browserLanguage(request);
        if (browser.isPresent()) {
            return browser.get();
        }
        return user == null ? Language.ENGLISH : Language.ofCode(user.clinicLanguage()).orElse(Language.ENGLISH);
    }

    /** The first language of Accept-Language, in the browser's order, that we speak. */
    static Optional<Language> browserLanguage(@Nullable VaadinRequest request) {
        if (request == null || request.getHeader("Accept-Language") == null) { // literal: a header
            // without the header the servlet reports the server's own locale, which says nothing
            return Optional.empty();
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            Optional<Language> language = Language.of(locale);
            if (language.isPresent()) {
                return language;
            }
        }
        return Optional.empty();
    }

    /** The language a page loaded now would have: after a sign-in or a change of one's own choice. */
    public static Language forThisPage() {
        return localeFor(Caller.current().orElse(null), VaadinRequest.getCurrent());
    }
}
