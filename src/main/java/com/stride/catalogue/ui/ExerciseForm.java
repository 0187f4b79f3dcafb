package com.stride.catalogue.ui;

import com.stride.i18n.Text;
import com.stride.base.ui.LengthCounter;
import com.stride.base.ui.FieldErrors;
import com.stride.base.validation.Problems;
import com.stride.catalogue.BodyRegion;
import com.stride.catalogue.Category;
import com.stride.catalogue.Exercise;
import com.stride.catalogue.ExerciseDraft;
import com.stride.catalogue.Position;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The fields of a custom exercise. Errors from the service appear next to the field they concern. */
class ExerciseForm extends Div {

    private final TextField name = new TextField(Text.get("catalogue.form.name"));
    private final RadioButtonGroup<Category> category = new RadioButtonGroup<>(Text.get("catalogue.form.category"));
    private final CheckboxGroup<BodyRegion> regions = new CheckboxGroup<>(Text.get("catalogue.form.regions"));
    private final TextField muscles = new TextField(Text.get("catalogue.form.muscles"));
    private final RadioButtonGroup<Position> position = new RadioButtonGroup<>(Text.get("catalogue.form.position"));
    private final EquipmentField equipment = new EquipmentField();
    private final Checkbox oneSide = new Checkbox(Text.get("catalogue.form.oneSide"));
    private final TextListEditor steps = new TextListEditor("catalogue.form.steps", Exercise.MAX_STEPS,
            Exercise.TEXT_ITEM_MAX_LENGTH);
    private final TextListEditor tips = new TextListEditor("catalogue.form.tips", Exercise.MAX_TIPS,
            Exercise.TEXT_ITEM_MAX_LENGTH);
    private final DosageEditor dosage = new DosageEditor();
    private final TextField videoUrl = new TextField(Text.get("catalogue.form.video"));
    private final ImagePicker image = new ImagePicker();
    private final FieldErrors errors = new FieldErrors();
    private Runnable changeListener = () -> { };

    ExerciseForm() {
        addClassName("exercise-form");
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        category.setItems(Category.values());
        category.setItemLabelGenerator(Category::label);
        category.setRequiredIndicatorVisible(true);
        regions.setItems(BodyRegion.values());
        regions.setItemLabelGenerator(BodyRegion::label);
        // Said in words, not with the required indicator: Vaadin's checkbox group would then put
        // aria-required on its role=group host, which ARIA does not allow (axe, critical).
        regions.setHelperText(Text.get("catalogue.form.regions.helper"));
        regions.addClassName("columns");
        muscles.setHelperText(Text.get("catalogue.form.muscles.helper"));
        muscles.setWidthFull();
        position.setItems(Position.values());
        position.setItemLabelGenerator(Position::label);
        position.setRequiredIndicatorVisible(true);
        videoUrl.setPlaceholder("https://"); // literal: the start of a web address
        videoUrl.setMaxLength(Exercise.VIDEO_URL_MAX_LENGTH);
        videoUrl.setWidthFull();

        errors.bind("name", name).bind("category", category).bind("regions", regions).bind("muscles", muscles)
                .bind("position", position).bind("equipment", equipment).bind("videoUrl", videoUrl)
                .bind("steps", steps).bind("tips", tips).bind("defaultDosage", dosage).bind("image", image);

        FormLayout basics = new FormLayout();
        basics.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        basics.add(name, 2);
        basics.add(category, position);
        basics.add(regions, 2);
        basics.add(muscles, 2);
        basics.add(oneSide, 2);
        basics.add(equipment, 2);

        H3 howTo = new H3(Text.get("catalogue.form.instructions"));
        H3 dose = new H3(Text.get("catalogue.form.dosage"));
        H3 media = new H3(Text.get("catalogue.form.media"));
        add(basics, howTo, steps, tips, dose, dosage, media, image, videoUrl);

        List.of(name, muscles, videoUrl).forEach(f -> {
            f.setValueChangeMode(ValueChangeMode.LAZY);
            f.addValueChangeListener(e -> changeListener.run());
        });
        LengthCounter.attach(name, Exercise.NAME_MAX_LENGTH, null);
        category.addValueChangeListener(e -> changeListener.run());
        regions.addValueChangeListener(e -> changeListener.run());
        position.addValueChangeListener(e -> changeListener.run());
        equipment.addValueChangeListener(e -> changeListener.run());
        oneSide.addValueChangeListener(e -> changeListener.run());
        steps.setChangeListener(() -> changeListener.run());
        tips.setChangeListener(() -> changeListener.run());
        dosage.setChangeListener(d -> changeListener.run());
        image.setChangeListener(() -> changeListener.run());
    }

    void setDraft(ExerciseDraft draft, List<String> currentPictureUrls) {
        name.setValue(draft.name() == null ? "" : draft.name());
        category.setValue(draft.category());
        regions.setValue(draft.regions());
        muscles.setValue(String.join(", ", draft.muscles()));
        position.setValue(draft.position());
        equipment.setValue(draft.equipment());
        oneSide.setValue(draft.oneSide());
        steps.setValue(draft.steps().isEmpty() ? List.of("") : draft.steps());
        tips.setValue(draft.tips());
        dosage.setValue(draft.defaultDosage());
        videoUrl.setValue(draft.videoUrl() == null ? "" : draft.videoUrl());
        image.setCurrent(currentPictureUrls);
        clearErrors();
    }

    ExerciseDraft getDraft() {
        List<String> muscleList = muscles.getValue().isBlank() ? List.of()
                : Arrays.stream(muscles.getValue().split(",")).map(String::strip).filter(m -> !m.isEmpty()).toList();
        return new ExerciseDraft(name.getValue(), category.getValue(), regions.getValue(), muscleList,
                position.getValue(), equipment.getValue(), oneSide.getValue(), steps.getValue(), tips.getValue(),
                dosage.getValue(), videoUrl.getValue(), image.getChange());
    }

    /** Input that cannot even be sent (a dosage "ten"), keyed like the service's field errors. */
    Problems readProblems() {
        return Problems.none().addAll("defaultDosage", dosage.readProblems());
    }

    /** Shows each message next to its field and focuses the first; returns those of no field. */
    Map<String, String> showErrors(Map<String, String> messages) {
        Map<String, String> elsewhere = errors.show(messages);
        errors.focusFirstInvalid();
        return elsewhere;
    }

    void setChangeListener(Runnable listener) {
        changeListener = listener;
    }

    private void clearErrors() {
        errors.clear();
    }

    /** Field lookup for tests. */
    Component field(String key) {
        return (Component) errors.field(key).orElseThrow();
    }

    TextListEditor steps() {
        return steps;
    }

    DosageEditor dosage() {
        return dosage;
    }

    ImagePicker pictures() {
        return image;
    }
}
