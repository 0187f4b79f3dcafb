package com.stride.catalogue.ui;

import com.stride.base.ui.MultiSelects;
import com.stride.i18n.Text;
import com.stride.base.ui.SearchField;
import com.stride.catalogue.BodyRegion;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.Category;
import com.stride.catalogue.Equipment;
import com.stride.catalogue.ExerciseSummary;
import com.stride.catalogue.Position;
import com.stride.catalogue.SearchCriteria;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Search box, combinable filters and a lazily loaded result list over the catalogue. The catalogue
 * view links each result to its page; the plan builder adds a row action instead.
 */
public class ExerciseBrowser extends Div {

    /** What a result row offers besides its details: a link to the exercise page, or an action. */
    public record RowAction(String label, Consumer<ExerciseSummary> handler) {
    }

    private enum Side {
        ANY, ONE, BOTH;

        String label() {
            return Text.get("catalogue.browser.side." + name());
        }
    }

    private static final String ROW_TEMPLATE = """
            <div class="exercise-row">
              <img class="exercise-thumb" src="${item.image}" alt="" ?hidden="${!item.image}">
              <div class="exercise-thumb exercise-thumb-empty" aria-hidden="true" ?hidden="${item.image}"></div>
              <div class="exercise-text">
                <a class="exercise-name" href="${item.href}" ?hidden="${!item.href}">${item.name}</a>
                <span class="exercise-name" ?hidden="${item.href}">${item.name}</span>
                <div class="exercise-meta">
                  <span class="badge">${item.category}</span>
                  <span class="badge badge-custom" ?hidden="${item.stock}">${item.custom}</span>
                  <span class="badge badge-archived" ?hidden="${!item.archived}">${item.archivedLabel}</span>
                  <span>${item.details}</span>
                </div>
                <div class="exercise-dose">${item.dose}</div>
              </div>
              <vaadin-button class="exercise-action" theme="primary small" ?hidden="${!item.action}"
                  aria-label="${item.actionLabel}" @click="${act}">${item.action}</vaadin-button>
            </div>""";

    private final CatalogueService catalogue;
    private final SearchField search = new SearchField(Text.get("catalogue.browser.search.placeholder"),
            Text.get("catalogue.browser.search.label"));
    private final MultiSelectComboBox<Category> categories = new MultiSelectComboBox<>(Text.get("catalogue.browser.category"));
    private final MultiSelectComboBox<BodyRegion> regions = new MultiSelectComboBox<>(Text.get("catalogue.browser.region"));
    private final MultiSelectComboBox<EquipmentChoice> equipment = new MultiSelectComboBox<>(Text.get("catalogue.browser.equipment"));
    private final MultiSelectComboBox<Position> positions = new MultiSelectComboBox<>(Text.get("catalogue.browser.position"));
    private final Select<Side> side = new Select<>();
    private final Checkbox archived = new Checkbox(Text.get("catalogue.browser.showArchived"));
    private final Button clear = new Button(Text.get("catalogue.browser.clear"));
    private final Span count = new Span();
    private final Grid<ExerciseSummary> grid = new Grid<>();
    private final RowAction rowAction;
    private SearchCriteria criteria = SearchCriteria.all();
    private boolean updatingFields;
    private Consumer<SearchCriteria> criteriaListener = c -> { };

    /**
     * @param rowAction null to link each row to its exercise page
     * @param archivedToggle offer "show archived" (to restore archived custom exercises)
     */
    public ExerciseBrowser(CatalogueService catalogue, RowAction rowAction, boolean archivedToggle) {
        this.catalogue = catalogue;
        this.rowAction = rowAction;
        addClassName("exercise-browser");
        MultiSelects.localize(categories, regions, equipment, positions);
        String customLabel = Text.get("catalogue.badge.custom");
        String archivedLabel = Text.get("catalogue.badge.archived");

        search.setMaxLength(SearchCriteria.TEXT_MAX_LENGTH);
        search.addClassName("exercise-search");

        categories.setItems(Category.values());
        categories.setItemLabelGenerator(Category::label);
        regions.setItems(BodyRegion.values());
        regions.setItemLabelGenerator(BodyRegion::label);
        equipment.setItems(EquipmentChoice.all());
        equipment.setItemLabelGenerator(EquipmentChoice::label);
        positions.setItems(Position.values());
        positions.setItemLabelGenerator(Position::label);
        side.setLabel(Text.get("catalogue.browser.sides"));
        side.setItems(Side.values());
        side.setItemLabelGenerator(Side::label);
        side.setValue(Side.ANY);
        archived.setVisible(archivedToggle);
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setEnabled(false);
        clear.addClickListener(e -> setCriteria(SearchCriteria.all().withText(criteria.text()), true));

        search.addValueChangeListener(e -> fieldsChanged());
        categories.addValueChangeListener(e -> fieldsChanged());
        regions.addValueChangeListener(e -> fieldsChanged());
        equipment.addValueChangeListener(e -> fieldsChanged());
        positions.addValueChangeListener(e -> fieldsChanged());
        side.addValueChangeListener(e -> fieldsChanged());
        archived.addValueChangeListener(e -> fieldsChanged());

        Div filters = new Div(categories, regions, equipment, positions, side, archived, clear);
        filters.addClassName("exercise-filters");
        count.addClassName("exercise-count");
        count.getElement().setAttribute("role", "status");

        grid.addColumn(LitRenderer.<ExerciseSummary>of(ROW_TEMPLATE)
                        .withProperty("name", ExerciseSummary::name)
                        .withProperty("href", e -> rowAction == null ? "catalogue/" + e.id() : null)
                        .withProperty("image", e -> e.picture() == null ? null : e.picture().thumbnail())
                        .withProperty("category", e -> e.category().label())
                        .withProperty("stock", ExerciseSummary::stock)
                        .withProperty("custom", e -> customLabel)
                        .withProperty("archived", ExerciseSummary::archived)
                        .withProperty("archivedLabel", e -> archivedLabel)
                        .withProperty("details", ExerciseBrowser::details)
                        .withProperty("dose", e -> e.defaultDosage().summary())
                        .withProperty("action", e -> rowAction == null ? null : rowAction.label())
                        .withProperty("actionLabel", e -> rowAction == null ? null
                                : Text.get("catalogue.browser.actionFor", "action", rowAction.label(), "name", e.name()))
                        .withFunction("act", e -> {
                            if (rowAction != null) {
                                rowAction.handler().accept(e);
                            }
                        }))
                .setHeader(Text.get("catalogue.browser.column"));
        grid.addThemeVariants(GridVariant.LUMO_NO_BORDER, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(30);
        grid.setEmptyStateText(Text.get("catalogue.browser.empty"));
        grid.setAriaLabel(Text.get("catalogue.browser.grid"));
        grid.addClassName("exercise-grid");
        grid.setItems(query -> catalogue.search(criteria, query.getOffset(), query.getLimit()).stream(),
                query -> catalogue.count(criteria));
        grid.getLazyDataView().addItemCountChangeListener(e -> count.setText(
                Text.get("catalogue.browser.count", "count", e.getItemCount())));

        add(search, filters, count, grid);
    }

    public SearchCriteria getCriteria() {
        return criteria;
    }

    /** Shows the given search (e.g. from the URL) without notifying the criteria listener. */
    public void setCriteria(SearchCriteria newCriteria) {
        setCriteria(newCriteria, false);
    }

    /** Called whenever the user changes the search or a filter. */
    public void setCriteriaChangeListener(Consumer<SearchCriteria> listener) {
        criteriaListener = Objects.requireNonNull(listener);
    }

    private void setCriteria(SearchCriteria newCriteria, boolean notify) {
        updatingFields = true;
        try {
            search.setValue(newCriteria.text());
            categories.setValue(newCriteria.categories());
            regions.setValue(newCriteria.regions());
            Set<EquipmentChoice> chosen = newCriteria.equipment().stream().map(EquipmentChoice::new)
                    .collect(Collectors.toSet());
            if (newCriteria.noEquipment()) {
                chosen.add(EquipmentChoice.NONE);
            }
            equipment.setValue(chosen);
            positions.setValue(newCriteria.positions());
            side.setValue(newCriteria.oneSide() == null ? Side.ANY : newCriteria.oneSide() ? Side.ONE : Side.BOTH);
            archived.setValue(newCriteria.includeArchived());
        } finally {
            updatingFields = false;
        }
        apply(newCriteria, notify);
    }

    private void fieldsChanged() {
        if (updatingFields) {
            return;
        }
        Set<Equipment> pieces = EnumSet.noneOf(Equipment.class);
        equipment.getValue().stream().map(EquipmentChoice::equipment).filter(Objects::nonNull).forEach(pieces::add);
        apply(new SearchCriteria(search.getValue(), categories.getValue(), regions.getValue(), pieces,
                equipment.getValue().contains(EquipmentChoice.NONE), positions.getValue(),
                switch (side.getValue() == null ? Side.ANY : side.getValue()) {
                    case ANY -> null;
                    case ONE -> Boolean.TRUE;
                    case BOTH -> Boolean.FALSE;
                },
                archived.getValue()), true);
    }

    private void apply(SearchCriteria newCriteria, boolean notify) {
        boolean changed = !newCriteria.equals(criteria);
        criteria = newCriteria;
        clear.setEnabled(criteria.hasFilters());
        if (changed) {
            grid.getDataProvider().refreshAll();
            grid.scrollToStart();
            if (notify) {
                criteriaListener.accept(criteria);
            }
        }
    }

    private static String details(ExerciseSummary exercise) {
        String regionText = exercise.regions().stream().map(BodyRegion::label).collect(Collectors.joining(", "));
        String equipmentText = exercise.equipment().shortText();
        return String.join(" · ", List.of(regionText, exercise.position().label(), equipmentText,
                Text.get(exercise.oneSide() ? "catalogue.browser.oneSide" : "catalogue.browser.bothSides")));
    }
}
