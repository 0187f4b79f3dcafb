package com.stride.security;

/** Published when a signed-in user opens a page their role may not use (Vaadin's route check). */
public record NavigationDenied(String path) {
}
