/**
 * The entity base class.
 */
@NullMarked
package com.stride.base.domain;

import org.jspecify.annotations.NullMarked;
