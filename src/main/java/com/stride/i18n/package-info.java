/**
 * The words and formats people see, in their language: message bundles under
 * {@code src/main/resources/i18n}, one per feature, read with ICU message format
 * (docs/decisions/2026-12-03-languages.md).
 */
@NullMarked
package com.stride.i18n;

import org.jspecify.annotations.NullMarked;
