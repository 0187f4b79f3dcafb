/**
 * The exercise catalogue, its easier and harder steps, and the dosage model. Owns exercise,
 * exercise_image and exercise_step; publishes the
 * exercise_card view and the dosage rule (dosage_problem).
 */
@NullMarked
package com.stride.catalogue;

import org.jspecify.annotations.NullMarked;
