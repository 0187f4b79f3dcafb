/**
 * The runners list, a runner, and the plan builder.
 */
@NullMarked
package com.stride.plan.ui;

import org.jspecify.annotations.NullMarked;
