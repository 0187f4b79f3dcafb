/**
 * The runner's day, logs, pain and the pain-monitoring model's guidance and flags, history and the
 * PT's progress view. Owns session_log, exercise_log and runner_flag_seen; publishes runner_due,
 * runner_flags, runner_last_logged_at and plan_exercise_log.
 */
@NullMarked
package com.stride.log;

import org.jspecify.annotations.NullMarked;
