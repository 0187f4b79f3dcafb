package com.stride.account.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.stride.account.AccountRow;
import com.stride.account.TherapistOption;
import com.stride.security.Role;
import com.stride.test.FreshDatabase;
import com.stride.test.KaribuTest;
import com.stride.test.StatementCounter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@FreshDatabase
class AccountsViewTest extends KaribuTest {

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private DataSource dataSource;

    @Test
    void theAdminCreatesARunnerLinkedToAPtAndSeesTheOneTimeLinkOnce() {
        login("admin");
        open("accounts");
        assertThat(GridKt._size(grid())).isEqualTo(7);

        _get(Button.class, spec -> spec.withText("New account")).click();
        _get(TextField.class, spec -> spec.withLabel("Name")).setValue("Nia Runner");
        _get(TextField.class, spec -> spec.withLabel("Username")).setValue("nia.runner");
        _get(EmailField.class, spec -> spec.withLabel("Email")).setValue("nia@example.test");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<TherapistOption> therapists = _get(MultiSelectComboBox.class);
        therapists.setValue(therapists.getListDataView().getItems().filter(pt -> pt.name().equals("Maya Chen"))
                .collect(Collectors.toSet()));
        _get(Button.class, spec -> spec.withText("Create account")).click();

        TextField link = _get(TextField.class, spec -> spec.withLabel("One-time link"));
        assertThat(link.getValue()).contains("/set-password/");
        assertThat(link.isReadOnly()).isTrue();
        _get(Button.class, spec -> spec.withText("I have copied the link")).click();
        assertThat(_find(TextField.class, spec -> spec.withLabel("One-time link"))).isEmpty();
        assertThat(GridKt._size(grid())).isEqualTo(8);
        assertThat(jdbc.queryForObject("""
                select t.username from runner_therapist l join app_user r on r.id = l.runner_id
                join app_user t on t.id = l.therapist_id where r.username = 'nia.runner'""", String.class))
                .isEqualTo("pt.maya");
    }

    @Test
    void badInputShowsAMessageNextToEachFieldAndCreatesNothing() {
        login("admin");
        open("accounts");
        _get(Button.class, spec -> spec.withText("New account")).click();
        _get(TextField.class, spec -> spec.withLabel("Username")).setValue("pt.maya");
        _get(EmailField.class, spec -> spec.withLabel("Email")).setValue("someone@example.test");
        _get(Button.class, spec -> spec.withText("Create account")).click();

        TextField name = _get(TextField.class, spec -> spec.withLabel("Name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the person's name");
        TextField username = _get(TextField.class, spec -> spec.withLabel("Username"));
        assertThat(username.getErrorMessage()).isEqualTo("This username is taken. Choose another one.");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(10);
    }

    @Test
    void theListSearchesAndFiltersAndARowOpensTheAccountToDeactivate() {
        login("admin");
        open("accounts");
        _get(TextField.class, spec -> spec.withClasses("account-search")).setValue("tom");
        assertThat(GridKt._findAll(grid())).extracting(AccountRow::username).containsExactly("runner.tom");

        GridKt._clickItem(grid(), 0);
        _get(Button.class, spec -> spec.withText("Deactivate")).click();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        assertThat(jdbc.queryForObject("select active from app_user where username = 'runner.tom'", Boolean.class))
                .isFalse();
        assertThat(GridKt._get(grid(), 0).active()).isFalse();
        _get(TextField.class, spec -> spec.withClasses("account-search")).setValue("");
        @SuppressWarnings("unchecked")
        Select<Boolean> status = _get(Select.class, spec -> spec.withLabel("Status"));
        status.setValue(false);
        assertThat(GridKt._findAll(grid())).extracting(AccountRow::username).containsExactly("runner.tom");
        @SuppressWarnings("unchecked")
        Select<Role> role = _get(Select.class, spec -> spec.withLabel("Role"));
        status.clear();
        role.setValue(Role.THERAPIST);
        assertThat(GridKt._findAll(grid())).extracting(AccountRow::username).containsExactly("pt.maya", "pt.sam");
    }

    @Test
    void anAdminSeesOnlyTheirOwnClinic() {
        login("hilltop.admin");
        open("accounts");
        assertThat(GridKt._findAll(grid())).extracting(AccountRow::username)
                .containsExactlyInAnyOrder("hilltop.admin", "hilltop.pt", "hilltop.runner");
    }

    @Test
    void theListCostsTheSameStatementsForAFewOrManyAccounts() {
        login("admin");
        int few = StatementCounter.countDuring(() -> {
            open("accounts");
            GridKt._size(grid());
            GridKt._get(grid(), 0);
        });
        for (int i = 0; i < 60; i++) {
            jdbc.update("""
                    insert into app_user (clinic_id, username, display_name, email, role, created_at, updated_at)
                    select clinic_id, 'bulk.' || ?, 'Bulk ' || ?, 'bulk' || ? || '@example.test', 'RUNNER', now(), now()
                    from app_user where username = 'admin'""", i, i, i);
        }
        open("password"); // leave the view, which navigation would otherwise reuse: both counts of a fresh one
        int many = StatementCounter.countDuring(() -> {
            open("accounts");
            GridKt._size(grid());
            GridKt._get(grid(), 0);
        });
        assertThat(many).isEqualTo(few);
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccountRow> grid() {
        return _get(Grid.class, spec -> spec.withClasses("account-grid"));
    }
}
