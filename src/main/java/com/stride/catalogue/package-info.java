/**
 * The exercise catalogue and the dosage model. Owns exercise and exercise_image; publishes the
 * exercise_card view and the dosage rule (dosage_problem).
 */
@NullMarked
package com.stride.catalogue;

import org.jspecify.annotations.NullMarked;
