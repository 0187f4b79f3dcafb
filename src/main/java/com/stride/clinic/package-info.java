/**
 * Clinics. Owns clinic; publishes the clinic_info view.
 */
@NullMarked
package com.stride.clinic;

import org.jspecify.annotations.NullMarked;
