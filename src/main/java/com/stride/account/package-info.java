/**
 * Accounts and runner-PT links, one-time links, password rules and login throttling. Owns app_user,
 * runner_therapist, one_time_link and login_failure; publishes the person and therapist_runner
 * views.
 */
@NullMarked
package com.stride.account;

import org.jspecify.annotations.NullMarked;
