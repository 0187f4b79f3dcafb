package com.stride.audit.ui;

import com.stride.audit.AuditAction;
import com.stride.audit.AuditEntry;
import com.stride.audit.AuditFilter;
import com.stride.audit.AuditPerson;
import com.stride.audit.AuditService;
import com.stride.i18n.Text;
import com.stride.base.text.Formats;
import com.stride.base.ui.DatePickers;
import com.stride.i18n.Titles;
import com.stride.clinic.ClinicTimeService;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;

/**
 * The clinic's audit log for its admins: who did what and when, newest first, filtered and paged.
 * Times are stored in UTC and shown in the clinic's zone; the day filters are the clinic's days.
 * The details stay as the services wrote them (in English, like the server log).
 */
@Route("audit")
@Menu(order = 6, icon = "vaadin:records", title = "audit.menu.log")
@RolesAllowed(Role.Names.ADMIN)
class AuditView extends Main implements HasDynamicTitle {

    private final ComboBox<AuditPerson> person = new ComboBox<>(Text.get("audit.view.user"));
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker(Text.get("audit.view.from"));
    private final DatePicker to = new DatePicker(Text.get("audit.view.to"));
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();

    AuditView(AuditService audit, ClinicTimeService calendar) {
        addClassNames("audit-view", "page");
        ZoneId zone = calendar.zone();

        person.setItems(query -> audit.people(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream());
        person.setItemLabelGenerator(AuditPerson::label);
        person.setClearButtonVisible(true);
        person.setPlaceholder(Text.get("audit.view.anyone"));
        person.addValueChangeListener(e -> refresh());
        action.setLabel(Text.get("audit.view.action"));
        action.setItems(AuditAction.values());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(Text.get("audit.view.anyAction"));
        action.setItemLabelGenerator(a -> a == null ? Text.get("audit.view.anyAction") : a.label());
        action.addValueChangeListener(e -> refresh());
        DatePickers.localize(from, to);
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

        grid.addColumn(entry -> Formats.dateTimeWithSeconds(entry.occurredAt(), zone))
                .setHeader(Text.get("audit.view.column.time", "zone", zone.getId()))
                .setKey("time").setFlexGrow(0).setWidth("12rem");
        grid.addColumn(AuditView::who).setHeader(Text.get("audit.view.column.user")).setKey("user").setFlexGrow(2)
                .setWidth("10rem");
        grid.addColumn(entry -> entry.action() == null ? Text.get("audit.view.otherAction") : entry.action().label())
                .setHeader(Text.get("audit.view.column.action")).setKey("action").setFlexGrow(2).setWidth("10rem");
        grid.addColumn(AuditView::target).setHeader(Text.get("audit.view.column.target")).setKey("target")
                .setFlexGrow(2).setWidth("10rem");
        grid.addColumn(entry -> entry.detail() == null ? "" : entry.detail())
                .setHeader(Text.get("audit.view.column.detail")).setKey("detail").setFlexGrow(1).setWidth("8rem");
        grid.addColumn(entry -> entry.clientAddress() == null ? "" : entry.clientAddress())
                .setHeader(Text.get("audit.view.column.address")).setKey("address").setFlexGrow(0).setWidth("9rem");
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(Text.get("audit.view.grid"));
        grid.setEmptyStateText(Text.get("audit.view.empty"));
        grid.addClassName("audit-grid");
        grid.setItems(query -> audit.entries(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(filter()));
        grid.getLazyDataView().addItemCountChangeListener(e -> count.setText(
                Text.get("audit.view.count", "count", e.getItemCount())));
        count.addClassName("exercise-count");
        count.getElement().setAttribute("role", "status");

        Div header = new Div(new H2(Text.get("audit.view.heading")));
        header.addClassName("page-header");
        Div filters = new Div(person, action, from, to);
        filters.addClassName("account-filters");
        add(header, filters, count, grid);
    }

    @Override
    public String getPageTitle() {
        return Titles.of("audit.view.title");
    }

    private AuditFilter filter() {
        return new AuditFilter(person.getValue() == null ? null : person.getValue().id(), action.getValue(),
                from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static String who(AuditEntry entry) {
        return entry.userName() == null ? Text.get("audit.view.unknownUser")
                : entry.userName() + " (" + entry.username() + ")";
    }

    /** "plan #12 · Knee rehab": the kind of target in the admin's language, its id, and its name if known. */
    private static String target(AuditEntry entry) {
        if (entry.targetType() == null) {
            return "";
        }
        String typeKey = "audit.target." + entry.targetType();
        String type = Text.has(typeKey) ? Text.get(typeKey) : entry.targetType();
        if (entry.targetId() == null) {
            return type;
        }
        String id = String.valueOf(entry.targetId());
        return entry.targetName() == null ? Text.get("audit.view.target", "type", type, "id", id)
                : Text.get("audit.view.targetNamed", "type", type, "id", id, "name", entry.targetName());
    }
}
