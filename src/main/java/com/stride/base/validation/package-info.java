/**
 * One way to refuse input: problems per field, one wording per kind of refusal.
 */
@NullMarked
package com.stride.base.validation;

import org.jspecify.annotations.NullMarked;
