/**
 * The admin's view of the audit log.
 */
@NullMarked
package com.stride.audit.ui;

import org.jspecify.annotations.NullMarked;
