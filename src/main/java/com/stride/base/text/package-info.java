/**
 * How dates, scores and counts are written, in one place.
 */
@NullMarked
package com.stride.base.text;

import org.jspecify.annotations.NullMarked;
