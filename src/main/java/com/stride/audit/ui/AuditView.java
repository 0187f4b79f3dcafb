package com.stride.audit.ui;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditEntry;
import com.stride.audit.AuditFilter;
import com.stride.audit.AuditPerson;
import com.stride.audit.AuditService;
import com.stride.base.text.Formats;
import com.stride.security.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;

/** The clinic's audit log for its admins: who did what and when, newest first, filtered and paged. */
@Route("audit")
@PageTitle("Audit log · Stride")
@Menu(order = 6, icon = "vaadin:records", title = "Audit log")
@RolesAllowed(Role.Names.ADMIN)
class AuditView extends Main {


    private final ComboBox<AuditPerson> person = new ComboBox<>("User");
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();

    AuditView(AuditService audit, Clock clock) {
        addClassNames("audit-view", "page");
        ZoneId zone = clock.getZone();

        person.setItems(query -> audit.people(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        person.setItemLabelGenerator(AuditPerson::label);
        person.setClearButtonVisible(true);
        person.setPlaceholder("Anyone");
        person.addValueChangeListener(e -> refresh());
        action.setLabel("Action");
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Any action");
        action.setItemLabelGenerator(a -> a == null ? "Any action" : a.label());
        action.addValueChangeListener(e -> refresh());
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            refresh();
        });

        grid.addColumn(entry -> Formats.dateTimeWithSeconds(entry.occurredAt(), zone)).setHeader("Time (" + zone.getId() + ")")
                .setKey("time").setFlexGrow(0).setWidth("12rem");
        grid.addColumn(AuditView::who).setHeader("User").setKey("user").setFlexGrow(2).setWidth("10rem");
        grid.addColumn(entry -> entry.action() == null ? "Other" : entry.action().label()).setHeader("Action")
                .setKey("action").setFlexGrow(2).setWidth("10rem");
        grid.addColumn(AuditView::target).setHeader("Target").setKey("target").setFlexGrow(2).setWidth("10rem");
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail()).setHeader("Detail").setKey("detail")
                .setFlexGrow(1).setWidth("8rem");
        grid.addColumn(entry -> entry.clientAddress() == null ? "" : entry.clientAddress()).setHeader("Address")
                .setKey("address").setFlexGrow(0).setWidth("9rem");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Audit log");
        grid.setEmptyStateText("Nothing recorded matches.");
        grid.addClassName("audit-grid");
        grid.setItems(query -> audit.entries(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(filter()));
        grid.getLazyDataView().addItemCountChangeListener(e -> count.setText(
                Formats.count(e.getItemCount(), "entry", "entries")));
        count.addClassName("exercise-count");
        count.getElement().setAttribute("role", "status");

        Div header = new Div(new H2("Audit log"));
        header.addClassName("page-header");
        Div filters = new Div(person, action, from, to);
        filters.addClassName("account-filters");
        add(header, filters, count, grid);
    }

    private AuditFilter filter() {
        return new AuditFilter(person.getValue() == null ? null : person.getValue().id(), action.getValue(),
                from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static String who(AuditEntry entry) {
        return entry.userName() == null ? "Unknown username" : entry.userName() + " (" + entry.username() + ")";
    }

    private static String target(AuditEntry entry) {
        if (entry.targetType() == null) {
            return "";
        }
        String name = entry.targetName() == null ? "" : " · " + entry.targetName();
        return entry.targetId() == null ? entry.targetType() : entry.targetType() + " #" + entry.targetId() + name;
    }
}
