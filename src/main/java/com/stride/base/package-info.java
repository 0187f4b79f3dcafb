/**
 * What every feature shares: exceptions for refusals, not found and conflicts.
 */
@NullMarked
package com.stride.base;

import org.jspecify.annotations.NullMarked;
