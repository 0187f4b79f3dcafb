package com.stride.catalogue;

import com.stride.i18n.Text;

/**
 * A piece of equipment an exercise may use at home: a fixed vocabulary, matched by
 * exercise_equipment_codes() in V15 (ExerciseSchemaTest compares them). How an exercise uses it
 * (needed, one of several, optional) is {@link ExerciseEquipment}.
 */
public enum Equipment {
    MAT,
    WALL,
    CHAIR,
    TABLE,
    STRAP,
    RESISTANCE_BAND,
    WEIGHT;

    public String label() {
        return Text.get("catalogue.equipment." + name());
    }

    /** How a list names it, lower case in English: "resistance band" ("Widerstandsband"). */
    public String noun() {
        return Text.get("catalogue.equipment." + name() + ".noun");
    }

    /** How a sentence names one of it, as the object of "you need": "a resistance band" ("einen Stuhl"). */
    public String withArticle() {
        return Text.get("catalogue.equipment." + name() + ".article");
    }
}
