package com.stride.architecture;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who owns each table, and what each feature publishes for the others to read (V8). Mirrors the
 * table in docs/decisions/2026-12-01-one-home-per-rule.md. A feature's SQL may name its own tables
 * and helpers, and what any feature publishes; nothing else. Code that is no feature (demo, base,
 * security) owns nothing, so it may name only what is published.
 */
final class SqlOwners {

    /** Table to owning feature. */
    static final Map<String, String> TABLES = Map.ofEntries(
            Map.entry("clinic", "clinic"),
            Map.entry("app_user", "account"),
            Map.entry("runner_therapist", "account"),
            Map.entry("one_time_link", "account"),
            Map.entry("login_failure", "account"),
            Map.entry("recovery_code", "account"),
            Map.entry("audit_event", "audit"),
            Map.entry("exercise", "catalogue"),
            Map.entry("exercise_image", "catalogue"),
            Map.entry("plan", "plan"),
            Map.entry("plan_revision", "plan"),
            Map.entry("plan_item", "plan"),
            Map.entry("plan_template", "plan"),
            Map.entry("plan_template_item", "plan"),
            Map.entry("session_log", "log"),
            Map.entry("exercise_log", "log"),
            Map.entry("runner_flag_seen", "log"),
            Map.entry("exercise_step", "catalogue"),
            Map.entry("plan_suggestion_decision", "plan"));

    /** Views and functions a feature publishes: any feature may read them. */
    static final Map<String, String> PUBLISHED = Map.ofEntries(
            Map.entry("plain_text", "base"),
            Map.entry("person", "account"),
            Map.entry("therapist_runner", "account"),
            Map.entry("clinic_info", "clinic"),
            Map.entry("exercise_card", "catalogue"),
            Map.entry("sessions_per_day_max", "catalogue"),
            Map.entry("plan_current_revision", "plan"),
            Map.entry("active_plan", "plan"),
            Map.entry("plan_item_detail", "plan"),
            Map.entry("assigned_exercise", "plan"),
            Map.entry("plan_days", "plan"),
            Map.entry("plan_sessions", "plan"),
            Map.entry("weekday_in", "plan"),
            Map.entry("runner_due", "log"),
            Map.entry("runner_flags", "log"),
            Map.entry("runner_last_logged_at", "log"),
            Map.entry("plan_exercise_log", "log"));

    /** A feature's own SQL helpers (and trigger functions): only the owner's SQL uses them. */
    static final Map<String, String> INTERNAL = Map.ofEntries(
            Map.entry("clinic_time_zone_known", "clinic"),
            Map.entry("catalogue_term", "catalogue"),
            Map.entry("catalogue_terms", "catalogue"),
            Map.entry("text_list", "catalogue"),
            Map.entry("text_items_valid", "catalogue"),
            Map.entry("dosage_range_valid", "catalogue"),
            Map.entry("dosage_problem", "catalogue"),
            Map.entry("dosage_phases_max", "catalogue"),
            Map.entry("exercise_pictures_max", "catalogue"),
            Map.entry("dosage_phase_label_max", "catalogue"),
            Map.entry("dosage_phases_valid", "catalogue"),
            Map.entry("clinic_exercises", "catalogue"),
            Map.entry("exercise_equipment_codes", "catalogue"),
            Map.entry("exercise_position_codes", "catalogue"),
            Map.entry("exercise_equipment_used", "catalogue"),
            Map.entry("plan_items_max", "plan"),
            Map.entry("plan_circuits_max", "plan"),
            Map.entry("plan_revision_is_history", "plan"),
            Map.entry("item_weekdays", "plan"),
            Map.entry("log_share", "log"),
            Map.entry("runner_recent_pain", "log"),
            Map.entry("flag_pain_high", "log"),
            Map.entry("flag_pain_rise", "log"),
            Map.entry("flag_inactive", "log"),
            Map.entry("flag_morning_worse", "log"),
            Map.entry("flag_painful_exercise", "log"),
            Map.entry("flag_improving", "log"),
            Map.entry("flag_warning_signs", "log"),
            Map.entry("pain_safe_max", "log"),
            Map.entry("pain_too_much_above", "log"),
            Map.entry("pain_change_points", "log"),
            Map.entry("pain_change_percent", "log"),
            Map.entry("pain_baseline_days", "log"),
            Map.entry("pain_good_adherence_percent", "log"),
            Map.entry("exercise_step_visible", "catalogue"),
            Map.entry("audit_event_append_only", "audit"));

    /** JPA entities by name, to their tables, for JPQL queries. */
    static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("clinic", "clinic"),
            Map.entry("appuser", "app_user"),
            Map.entry("exercise", "exercise"),
            Map.entry("exerciseimage", "exercise_image"),
            Map.entry("plan", "plan"),
            Map.entry("planrevision", "plan_revision"),
            Map.entry("planitem", "plan_item"),
            Map.entry("currentrevision", "plan_current_revision"),
            Map.entry("plantemplate", "plan_template"),
            Map.entry("plantemplateitem", "plan_template_item"));

    private static final Pattern TOKEN = Pattern.compile("[a-z_][a-z0-9_]*|[(),]");
    private static final Set<String> RELATION_KEYWORDS = Set.of("from", "join", "into", "update");
    private static final Set<String> SKIPPED = Set.of("lateral", "only", "fetch");
    private static final Set<String> FROM_LIST_ENDS = Set.of("where", "group", "order", "limit", "offset", "having",
            "union", "returning", "window", "for", "select");

    private SqlOwners() {
    }

    /** The owner of a table, view or SQL function; null when it is none of ours (a built-in, a CTE, an alias). */
    static String ownerOf(String name) {
        String owner = TABLES.get(name);
        if (owner == null) {
            owner = PUBLISHED.get(name);
        }
        return owner == null ? INTERNAL.get(name) : owner;
    }

    /** Whether SQL of {@code feature} may name {@code name}. */
    static boolean mayRead(String feature, String name) {
        if (PUBLISHED.containsKey(name)) {
            return true;
        }
        String owner = ownerOf(name);
        return owner == null || owner.equals(feature);
    }

    /**
     * The tables, views, entities and functions a piece of SQL (or JPQL) names: what follows FROM,
     * JOIN, INTO and UPDATE, and each further entry of a comma-separated FROM list, and every known
     * function that is called. JPQL entity names are given as their tables. Built-ins, CTE names
     * and aliases come out too; they have no owner, so the check lets them pass.
     */
    static Set<String> references(String sql) {
        List<String> tokens = tokens(sql);
        Set<String> names = new LinkedHashSet<>();
        int depth = 0;
        // the parenthesis depths at which a FROM list is open
        java.util.Deque<Integer> fromLists = new java.util.ArrayDeque<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals("(")) {
                depth++;
                continue;
            }
            if (token.equals(")")) {
                while (!fromLists.isEmpty() && fromLists.peek() >= depth) {
                    fromLists.pop();
                }
                depth--;
                continue;
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).equals("(") && ownerOf(token) != null) {
                names.add(token);
            }
            boolean listGoesOn = token.equals(",") && !fromLists.isEmpty() && fromLists.peek() == depth;
            if (FROM_LIST_ENDS.contains(token) && !fromLists.isEmpty() && fromLists.peek() == depth) {
                fromLists.pop();
            }
            if (token.equals("from")) {
                fromLists.push(depth);
            }
            if (!RELATION_KEYWORDS.contains(token) && !listGoesOn) {
                continue;
            }
            int next = i + 1;
            while (next < tokens.size() && SKIPPED.contains(tokens.get(next))) {
                next++;
            }
            if (next < tokens.size() && Character.isLetter(tokens.get(next).charAt(0))) {
                String relation = tokens.get(next);
                names.add(ENTITIES.getOrDefault(relation, relation));
            }
        }
        return names;
    }

    private static List<String> tokens(String sql) {
        String code = sql.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("--[^\n]*", " ")
                .replaceAll("'(?:[^']|'')*'", " ");
        Matcher matcher = TOKEN.matcher(code);
        List<String> tokens = new java.util.ArrayList<>();
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
