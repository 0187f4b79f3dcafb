/**
 * Demo data, only in the demo profile. Owns no table.
 */
@NullMarked
package com.stride.demo;

import org.jspecify.annotations.NullMarked;
