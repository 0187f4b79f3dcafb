package com.stride.catalogue.ui;

import com.stride.i18n.Text;
import com.stride.catalogue.Equipment;
import com.stride.catalogue.ExerciseEquipment;
import com.stride.catalogue.ExerciseEquipment.Use;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The equipment of an exercise, piece by piece: not used, needed, one of (the exercise needs one of
 * the pieces marked so: a wall or a table), or optional. Refusals show on the whole field.
 */
class EquipmentField extends CustomField<ExerciseEquipment> {

    /** One answer for a piece: how it is used, or not at all. */
    enum Choice {
        NOT_USED(null),
        NEEDED(Use.NEEDED),
        ONE_OF(Use.ONE_OF),
        OPTIONAL(Use.OPTIONAL);

        private final @Nullable Use use;

        Choice(@Nullable Use use) {
            this.use = use;
        }

        String label() {
            return use == null ? Text.get("catalogue.equipment.use.none") : use.label();
        }

        static Choice of(@Nullable Use use) {
            for (Choice choice : values()) {
                if (choice.use == use) {
                    return choice;
                }
            }
            return NOT_USED;
        }
    }

    private final Map<Equipment, RadioButtonGroup<Choice>> pieces = new EnumMap<>(Equipment.class);
    /** While the field shows a value, the pieces' changes are not new input. */
    private boolean presenting;

    EquipmentField() {
        setLabel(Text.get("catalogue.form.equipment"));
        setHelperText(Text.get("catalogue.form.equipment.helper"));
        addClassName("equipment-field");
        Div rows = new Div();
        rows.addClassName("equipment-rows");
        for (Equipment equipment : Equipment.values()) {
            RadioButtonGroup<Choice> piece = new RadioButtonGroup<>(equipment.label());
            piece.setItems(Choice.values());
            piece.setItemLabelGenerator(Choice::label);
            piece.setValue(Choice.NOT_USED);
            piece.addClassName("equipment-piece");
            piece.addValueChangeListener(e -> {
                if (!presenting) {
                    updateValue();
                }
            });
            pieces.put(equipment, piece);
            rows.add(piece);
        }
        add(rows);
        setValue(ExerciseEquipment.NONE);
    }

    @Override
    protected ExerciseEquipment generateModelValue() {
        Map<Equipment, Use> uses = new EnumMap<>(Equipment.class);
        pieces.forEach((equipment, piece) -> {
            Choice choice = piece.getValue() == null ? Choice.NOT_USED : piece.getValue();
            if (choice.use != null) {
                uses.put(equipment, choice.use);
            }
        });
        return ExerciseEquipment.of(uses);
    }

    @Override
    protected void setPresentationValue(ExerciseEquipment value) {
        Map<Equipment, Use> uses = value == null ? Map.of() : value.uses();
        presenting = true;
        try {
            pieces.forEach((equipment, piece) -> piece.setValue(Choice.of(uses.get(equipment))));
        } finally {
            presenting = false;
        }
    }

    @Override
    public ExerciseEquipment getEmptyValue() {
        return ExerciseEquipment.NONE;
    }

    /** The choice for one piece, for tests. */
    RadioButtonGroup<Choice> piece(Equipment equipment) {
        return pieces.get(equipment);
    }
}
