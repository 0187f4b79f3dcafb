/**
 * The app shell, error pages and the pieces every form shares (field errors, notices).
 */
@NullMarked
package com.stride.base.ui;

import org.jspecify.annotations.NullMarked;
