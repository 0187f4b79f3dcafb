package com.stride.catalogue.ui;

import com.stride.catalogue.Equipment;
import java.util.ArrayList;
import java.util.List;

/** A choice in the equipment filter: a piece of equipment, or "no equipment" (equipment null). */
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
        return equipment == null ? "No equipment" : equipment.label();
    }
}
