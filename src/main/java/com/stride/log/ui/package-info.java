/**
 * The runner's Today and History, and the PT's progress panel.
 */
@NullMarked
package com.stride.log.ui;

import org.jspecify.annotations.NullMarked;
