/**
 * Sign-in, roles, the signed-in caller and session rules.
 */
@NullMarked
package com.stride.security;

import org.jspecify.annotations.NullMarked;
