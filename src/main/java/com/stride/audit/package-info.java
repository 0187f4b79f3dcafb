/**
 * The append-only audit log. Owns audit_event.
 */
@NullMarked
package com.stride.audit;

import org.jspecify.annotations.NullMarked;
