package com.stride.catalogue.ui;

import com.stride.i18n.Text;
import com.stride.catalogue.Equipment;
import java.util.ArrayList;
import java.util.List;

/**
 * A choice in the equipment filter: a piece of equipment (exercises that need it, may choose it or
 * may use it), or "no equipment" (equipment null: exercises that need none, optional pieces aside).
 */
record EquipmentChoice(Equipment equipment) {

    static final EquipmentChoice NONE = new EquipmentChoice(null);

    static List<EquipmentChoice> all() {
        List<EquipmentChoice> choices = new ArrayList<>();
        choices.add(NONE);
        for (Equipment equipment : Equipment.values()) {
            choices.add(new EquipmentChoice(equipment));
        }
        return choices;
    }

    String label() {
        return equipment == null ? Text.get("catalogue.equipment.short.none") : equipment.label();
    }
}
