/** The clinic's settings screen, for its admins. */
@NullMarked
package com.stride.clinic.ui;

import org.jspecify.annotations.NullMarked;
