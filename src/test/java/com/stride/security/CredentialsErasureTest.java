package com.stride.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.stride.test.BrowserTest;
import com.stride.test.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;

/** What a successful sign-in keeps in the session holds no password hash. */
@IntegrationTest
class CredentialsErasureTest {

    @Autowired
    private AuthenticationConfiguration authenticationConfiguration;

    @Test
    void theSignedInPrincipalCarriesNoPasswordHash() throws Exception {
        Authentication result = authenticationConfiguration.getAuthenticationManager().authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("pt.maya", BrowserTest.DEMO_PASSWORD));

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getPrincipal()).isInstanceOf(CurrentUser.class);
        assertThat(((CurrentUser) result.getPrincipal()).getPassword()).isNull();
        assertThat(result.getCredentials()).isNull();
        assertThat(result.toString()).doesNotContain("{bcrypt}");
    }
}
