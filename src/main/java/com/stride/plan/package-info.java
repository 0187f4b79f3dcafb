/**
 * Plans with revisions, templates, progression suggestions and the runners list. Owns plan,
 * plan_revision, plan_item, plan_template, plan_template_item and plan_suggestion_decision; publishes the plan_current_revision, active_plan,
 * plan_item_detail and assigned_exercise views and the schedule (plan_days, plan_sessions,
 * weekday_in).
 */
@NullMarked
package com.stride.plan;

import org.jspecify.annotations.NullMarked;
