package com.stride.log;

import java.time.LocalDate;

/** The runner's active plan, as the log pages name it. */
public record ActivePlan(long id, String title, String therapistName, LocalDate startDate) {
}
