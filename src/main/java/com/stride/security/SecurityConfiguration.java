package com.stride.security;

import com.stride.security.ui.LoginView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.util.function.SingletonSupplier;

/**
 * Web security: Vaadin's login view, deny-by-default views, and method security so that services
 * can check the caller themselves.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
// @RolesAllowed is checked by the advisor below, not by jsr250Enabled: see jsr250ServiceAuthorization.
@EnableMethodSecurity
class SecurityConfiguration {

    /**
     * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on services, enforced by method
     * security. Views carry the same annotations for Vaadin's navigation check, which reads them
     * itself: were method security to match them too, every view would be built as a CGLIB proxy,
     * and finding its advisors took 13 % of the server's CPU samples under load (issue 14).
     * Unlike Spring's own JSR-250 configuration this reads no GrantedAuthorityDefaults or
     * RoleHierarchy bean (we define neither: roles keep the ROLE_ prefix, without a hierarchy).
     * ArchitectureTest keeps these annotations off the methods of views, where nothing would check them.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250ServiceAuthorization(ObjectProvider<AuthorizationEventPublisher> events) {
        Pointcut annotated = AuthorizationManagerBeforeMethodInterceptor.jsr250().getPointcut();
        Pointcut notComponents = new ComposablePointcut(annotated)
                .intersection((ClassFilter) type -> !Component.class.isAssignableFrom(type));
        AuthorizationManagerBeforeMethodInterceptor interceptor =
                new AuthorizationManagerBeforeMethodInterceptor(notComponents, new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        // looked up once, on first use: resolving it here would create this configuration before the
        // post-processors that it needs
        Supplier<@Nullable AuthorizationEventPublisher> publisher = SingletonSupplier.of(events::getIfAvailable);
        interceptor.setAuthorizationEventPublisher(new AuthorizationEventPublisher() {
            @Override
            public <T> void publishAuthorizationEvent(Supplier<Authentication> authentication, T object,
                                                      AuthorizationResult result) {
                AuthorizationEventPublisher target = publisher.get();
                if (target != null) {
                    target.publishAuthorizationEvent(authentication, object, result);
                }
            }
        });
        return interceptor;
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountStatusLookup accounts, LoginGuard loginGuard,
                                            Clock clock, ApplicationEventPublisher events,
                                            @Value("${stride.security.max-session-lifetime:12h}") Duration maxLifetime)
            throws Exception {
        SecurityHeaders.apply(http);
        // Our own rules come first; Vaadin's configurer appends its rules and the catch-all after them.
        http.authorizeHttpRequests(requests -> requests
                // An error dispatch keeps its status (e.g. Vaadin's 403 "session expired" for a
                // heartbeat) instead of turning into a redirect to the login page.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                .requestMatchers("/actuator/**").denyAll()
                .requestMatchers("/styles/**", "/scripts/**").permitAll());
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/login?logout")
                // before the session is invalidated: its end is a sign-out, not a timeout
                .addLogoutHandler((request, response, authentication) -> {
                    if (request.getSession(false) != null) {
                        SessionEnds.mark(request.getSession(false), SessionEnd.SIGNED_OUT);
                    }
                })
                // Unknown paths reach Vaadin's router for signed-in users, which shows our 404 page;
                // every view still needs its own @RolesAllowed / @PermitAll.
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        http.formLogin(form -> form.failureHandler(new TwoStepFailureHandler(loginGuard, clock, events)));
        // Spring Security's default already issues a new session id on login; say it explicitly.
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.addFilterBefore(new ActiveAccountFilter(accounts, clock, maxLifetime),
                AnonymousAuthenticationFilter.class);
        http.addFilterBefore(new CrossSiteLoginFilter(), UsernamePasswordAuthenticationFilter.class);
        http.addFilterAfter(new LoginThrottleFilter(loginGuard), CrossSiteLoginFilter.class);
        return http.build();
    }

    /**
     * Before Spring Security and Vaadin, so that both see the public address instead of the Host
     * header; after Tomcat's RemoteIpValve, which takes X-Forwarded-For from trusted proxies only.
     */
    @Bean
    FilterRegistrationBean<PublicAddressFilter> publicAddressFilter(PublicAddress address) {
        FilterRegistrationBean<PublicAddressFilter> registration =
                new FilterRegistrationBean<>(new PublicAddressFilter(address));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 100);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }

    /** Refusals by URL rules and method security become events, which the audit log records. */
    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
        return new SpringAuthorizationEventPublisher(publisher);
    }

    /**
     * The password check of the sign-in form. After a right password, an account with a second
     * factor is refused with {@link SecondFactorRequiredException}: it signs in only on the code
     * page (TwoStepFailureHandler), never with the password alone.
     */
    @Bean
    DaoAuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(encoder);
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isCredentialsNonExpired()) {
                throw new CredentialsExpiredException("Credentials expired"); // literal: never shown
            }
            if (user instanceof CurrentUser current && current.twoStep()) {
                throw new SecondFactorRequiredException(current);
            }
        });
        return provider;
    }

    /** bcrypt by default; the {id} prefix lets stored hashes move to a stronger scheme later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
