package com.stride.test;

import com.stride.catalogue.BodyRegion;
import com.stride.catalogue.CatalogueService;
import com.stride.catalogue.Category;
import com.stride.catalogue.Dosage;
import com.stride.catalogue.ExerciseDraft;
import com.stride.catalogue.ExerciseEquipment;
import com.stride.catalogue.ImageChange;
import com.stride.catalogue.Position;
import com.stride.catalogue.Range;
import java.util.List;
import java.util.Set;

/** Exercises of the signed-in PT's clinic, for tests. */
public final class TestExercises {

    private TestExercises() {
    }

    /** A plain strengthening exercise for the calves, 10 reps; returns its id. */
    public static long custom(CatalogueService catalogue, String name) {
        return catalogue.create(new ExerciseDraft(name, Category.STRENGTHENING, Set.of(BodyRegion.CALVES), List.of(),
                Position.STANDING, ExerciseEquipment.NONE, false, List.of("Rise onto the toes."), List.of(),
                Dosage.builder().reps(Range.of(10)).build(), null, ImageChange.KEEP)).id();
    }
}
