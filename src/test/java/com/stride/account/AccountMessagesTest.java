package com.stride.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.i18n.Bundles;
import com.stride.i18n.Language;
import org.junit.jupiter.api.Test;

/** The username rule's numbers, written out in each language, are the limits the code checks. */
class AccountMessagesTest {

    @Test
    void theUsernameRuleNamesTheLimitsInEveryLanguage() {
        String range = AccountLimits.USERNAME_MIN_LENGTH + "-" + AccountLimits.USERNAME_MAX_LENGTH;
        for (Language language : Language.values()) {
            assertThat(Bundles.read("account", language).get("account.new.usernameRule")).as(language.name())
                    .contains(range);
        }
    }
}
