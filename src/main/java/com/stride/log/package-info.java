/**
 * The runner's day, logs, pain, history and the PT's progress view. Owns session_log, exercise_log
 * and runner_flag_seen; publishes runner_due, runner_flags and runner_last_logged_at.
 */
@NullMarked
package com.stride.log;

import org.jspecify.annotations.NullMarked;
