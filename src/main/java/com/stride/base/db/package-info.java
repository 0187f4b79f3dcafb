/**
 * Database helpers: the embedded PostgreSQL, row readers, LIKE patterns, zone names.
 */
@NullMarked
package com.stride.base.db;

import org.jspecify.annotations.NullMarked;
