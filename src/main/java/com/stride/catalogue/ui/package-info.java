/**
 * Catalogue views, and the dosage editor plans use too.
 */
@NullMarked
package com.stride.catalogue.ui;

import org.jspecify.annotations.NullMarked;
