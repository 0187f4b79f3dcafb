/**
 * Stride: home-exercise plans for runners, prescribed by their physical therapist.
 */
@NullMarked
package com.stride;

import org.jspecify.annotations.NullMarked;
