/**
 * The sign-in view.
 */
@NullMarked
package com.stride.security.ui;

import org.jspecify.annotations.NullMarked;
