package com.stride.i18n;


/**
 * Page titles in the person's language: views implement {@link com.vaadin.flow.router.HasDynamicTitle}
 * with {@code Titles.of("log.today.title")}, because {@code @PageTitle} would show its key as it is.
 */
public final class Titles {

    private Titles() {
    }

    /** "Today · Stride" ("Heute · Stride"): the browser tab's title. */
    public static String of(String key, Object... namesAndValues) {
        return Text.get("base.title", "title", Text.get(key, namesAndValues));
    }

    /** The title without the brand, for the bar above the view. */
    public static String withoutBrand(String title) {
        String brand = Text.get("base.title", "title", "");
        return title.endsWith(brand) ? title.substring(0, title.length() - brand.length()) : title;
    }
}
