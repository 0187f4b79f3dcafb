/**
 * The admin's accounts views and everyone's password views.
 */
@NullMarked
package com.stride.account.ui;

import org.jspecify.annotations.NullMarked;
