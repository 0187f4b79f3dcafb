package com.stride.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.stride.base.InvalidInputException;
import com.stride.base.RecordNotFoundException;
import com.stride.security.CurrentUser;
import com.stride.security.PendingSignIn;
import com.stride.security.PendingSignIns;
import com.stride.test.FreshDatabase;
import com.stride.test.IntegrationTest;
import com.stride.test.SignIn;
import com.stride.test.TestClock;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Two-step sign-in against the real database: enrolment, the code step, recovery codes, the admin's part. */
@IntegrationTest
@FreshDatabase
class TwoStepServiceTest {

    @Autowired private TwoStepService twoStep;
    @Autowired private AccountAdminService accounts;
    @Autowired private UserDetailsService userDetails;
    @Autowired private JdbcTemplate jdbc;
    @Autowired private Clock clock;
    @Autowired private LoginThrottle throttle;

    private MockHttpServletRequest request;

    @BeforeEach
    void aRequest() {
        request = new MockHttpServletRequest();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, new MockHttpServletResponse()));
    }

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aWrongCodeTurnsNothingOnAndTheRightOneStoresTheSecretEncryptedWithHashedRecoveryCodes() {
        SignIn.as("pt.sam");
        TwoStepEnrolment enrolment = twoStep.startEnrolment();
        assertThat(enrolment.uri()).startsWith("otpauth://totp/Stride%3Apt.sam?secret=" + enrolment.secret())
                .contains("&issuer=Stride", "&digits=6", "&period=30");

        assertThatThrownBy(() -> twoStep.confirmEnrolment(enrolment, "000000")).isInstanceOf(InvalidInputException.class);
        assertThat(twoStep.status().enabled()).isFalse();

        List<String> codes = twoStep.confirmEnrolment(enrolment, codeNow(enrolment));

        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(twoStep.status()).isEqualTo(new TwoStepStatus(true, false, 10));
        byte[] stored = jdbc.queryForObject("select totp_secret from app_user where username = 'pt.sam'", byte[].class);
        assertThat(stored).isNotEqualTo(Base32.decode(enrolment.secret()));
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain(enrolment.secret());
        assertThat(jdbc.queryForList("select code_hash from recovery_code r join app_user u on u.id = r.user_id "
                + "where u.username = 'pt.sam'", String.class))
                .hasSize(10).noneMatch(hash -> codes.stream().anyMatch(code -> hash.contains(code.replace("-", ""))));
        assertThat(((CurrentUser) userDetails.loadUserByUsername("pt.sam")).twoStep()).isTrue();
        assertThat(audit("TWO_STEP_ENABLED")).isEqualTo(1);
    }

    @Test
    void theCodeStepSignsInOnceWithBothFactorsAndNoCodeWorksTwice() {
        TwoStepEnrolment enrolment = enrol("pt.sam");
        SignIn.out();
        pending("pt.sam");
        TestClock.advance(Duration.ofSeconds(30));

        assertThatThrownBy(() -> twoStep.completeSignIn("123456")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("not right");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        String code = codeNow(enrolment);
        assertThat(twoStep.completeSignIn(code)).isEqualTo(-1);

        var authentication = SecurityContextHolder.getContext().getAuthentication();
        assertThat(((CurrentUser) authentication.getPrincipal()).getUsername()).isEqualTo("pt.sam");
        assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .contains("ROLE_THERAPIST", "FACTOR_PASSWORD", "FACTOR_TOTP");
        assertThat(PendingSignIns.current()).isEmpty();
        assertThat(audit("LOGIN_SUCCEEDED")).isEqualTo(1);
        assertThat(audit("TWO_STEP_FAILED")).isEqualTo(1);

        SignIn.out();
        pending("pt.sam");
        assertThatThrownBy(() -> twoStep.completeSignIn(code)).as("the same code again")
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aRecoveryCodeWorksOnceAndFiveWrongCodesNeedThePasswordAgain() {
        SignIn.as("pt.sam");
        TwoStepEnrolment enrolment = twoStep.startEnrolment();
        List<String> codes = twoStep.confirmEnrolment(enrolment, codeNow(enrolment));
        SignIn.out();

        pending("pt.sam");
        assertThat(twoStep.completeSignIn(codes.get(3).toUpperCase())).isEqualTo(9);
        assertThat(audit("RECOVERY_CODE_USED")).isEqualTo(1);
        SignIn.out();

        pending("pt.sam");
        assertThatThrownBy(() -> twoStep.completeSignIn(codes.get(3))).hasMessageContaining("used already");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> twoStep.completeSignIn("999999")).hasMessageContaining("not right");
        }
        assertThatThrownBy(() -> twoStep.completeSignIn("999999")).hasMessageContaining("username and password again");
        assertThat(PendingSignIns.current()).isEmpty();
        assertThatThrownBy(() -> twoStep.completeSignIn(codes.get(4))).hasMessageContaining("expired");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void aPasswordChangeDuringThePendingSignInEndsItAndADecoyTakesNoCode() {
        TwoStepEnrolment enrolment = enrol("pt.sam");
        SignIn.out();
        pending("pt.sam");
        jdbc.update("update app_user set session_epoch = session_epoch + 1 where username = 'pt.sam'");
        TestClock.advance(Duration.ofSeconds(30));
        assertThatThrownBy(() -> twoStep.completeSignIn(codeNow(enrolment))).hasMessageContaining("expired");

        // a wrong password while the username is paused: the code page, and no code passes
        request.getSession(true).setAttribute(PendingSignIns.ATTRIBUTE,
                new PendingSignIn(id("pt.sam"), "pt.sam", clock.instant(), 0, -1, true));
        assertThatThrownBy(() -> twoStep.completeSignIn(codeNow(enrolment))).hasMessageContaining("not right");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void typingAnotherKindsKeyAsAUsernameCannotPauseTheCodeStep() {
        TwoStepEnrolment enrolment = enrol("pt.sam");
        SignIn.out();
        for (String typed : new String[] {"code " + id("pt.sam"), "two-step:pt.sam"}) {
            for (int i = 0; i < 5; i++) {
                throttle.admit(typed, "198.51.100." + i).ifPresent(admission -> throttle.confirm(admission.ticket()));
            }
        }
        pending("pt.sam");
        TestClock.advance(Duration.ofSeconds(30));

        assertThat(twoStep.completeSignIn(codeNow(enrolment))).isEqualTo(-1);
    }

    @Test
    void wrongCodesWhenTurningItOffArePausedLikeAnyOthers() {
        TwoStepEnrolment enrolment = enrol("pt.sam");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> twoStep.disable("999999")).hasMessageContaining("not right");
        }
        TestClock.advance(Duration.ofSeconds(30));

        assertThatThrownBy(() -> twoStep.disable(codeNow(enrolment))).hasMessageContaining("Too many wrong codes");
        assertThat(twoStep.status().enabled()).isTrue();
    }

    @Test
    void ipv6AddressesAreCountedByTheirNetwork() {
        assertThat(LoginThrottle.address("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(LoginThrottle.address("2001:db8:1:2::9")).isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(LoginThrottle.address("203.0.113.7")).isEqualTo("203.0.113.7");
        assertThat(LoginThrottle.address(null)).isEqualTo(LoginThrottle.UNKNOWN_ADDRESS);
    }

    @Test
    void aPendingSignInExpiresAfterFiveMinutes() {
        TwoStepEnrolment enrolment = enrol("pt.sam");
        SignIn.out();
        pending("pt.sam");
        TestClock.advance(PendingSignIn.LIFETIME);

        assertThatThrownBy(() -> twoStep.completeSignIn(codeNow(enrolment))).hasMessageContaining("expired");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void anAdminResetsTheSecondFactorOfTheirOwnClinicOnlyAndItIsAudited() {
        enrol("pt.sam");
        long sam = id("pt.sam");
        int epoch = epoch("pt.sam");

        SignIn.as("hilltop.admin");
        assertThatThrownBy(() -> accounts.resetTwoStep(sam, version(sam))).isInstanceOf(RecordNotFoundException.class);
        SignIn.as("admin");
        AccountDetails reset = accounts.resetTwoStep(sam, version(sam));

        assertThat(reset.twoStep()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from recovery_code where user_id = ?", Integer.class, sam))
                .isZero();
        assertThat(epoch("pt.sam")).as("their sessions end").isEqualTo(epoch + 1);
        assertThat(audit("TWO_STEP_RESET")).isEqualTo(1);
        assertThatThrownBy(() -> accounts.resetTwoStep(sam, version(sam))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void requiringItForTheClinicNeedsItFirstAndSendsStaffWithoutItToSetItUp() {
        SignIn.as("admin");
        assertThatThrownBy(() -> accounts.requireTwoStep(true)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("yourself first");
        enrol("admin");
        int mayaEpoch = epoch("pt.maya");
        int runnerEpoch = epoch("runner.jordan");

        accounts.requireTwoStep(true);

        assertThat(accounts.clinicRequiresTwoStep()).isTrue();
        assertThat(epoch("pt.maya")).isEqualTo(mayaEpoch + 1);
        assertThat(epoch("runner.jordan")).isEqualTo(runnerEpoch);
        assertThat(((CurrentUser) userDetails.loadUserByUsername("pt.maya")).twoStepDue()).isTrue();
        assertThat(((CurrentUser) userDetails.loadUserByUsername("runner.jordan")).twoStepDue()).isFalse();
        assertThat(((CurrentUser) userDetails.loadUserByUsername("hilltop.pt")).twoStepDue()).isFalse();
        assertThat(twoStep.status().requiredByClinic()).isTrue();
        assertThatThrownBy(() -> twoStep.disable("123456")).hasMessageContaining("requires");
        assertThat(audit("CLINIC_TWO_STEP_REQUIRED")).isEqualTo(1);
    }

    @Test
    void runnersHaveNoSecondFactor() {
        SignIn.as("runner.jordan");
        assertThatThrownBy(() -> twoStep.startEnrolment())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private TwoStepEnrolment enrol(String username) {
        SignIn.as(username);
        TwoStepEnrolment enrolment = twoStep.startEnrolment();
        twoStep.confirmEnrolment(enrolment, codeNow(enrolment));
        return enrolment;
    }

    private void pending(String username) {
        request.getSession(true).setAttribute(PendingSignIns.ATTRIBUTE,
                new PendingSignIn(id(username), username, clock.instant(), 0, epoch(username), false));
    }

    private String codeNow(TwoStepEnrolment enrolment) {
        return Totp.code(Base32.decode(enrolment.secret()), Totp.step(clock.instant()));
    }

    private long id(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from app_user where id = ?", Long.class, id);
    }

    private int epoch(String username) {
        return jdbc.queryForObject("select session_epoch from app_user where username = ?", Integer.class, username);
    }

    private int audit(String action) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ?", Integer.class, action);
    }
}
