package com.stride.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address users reach the app at ({@code STRIDE_PUBLIC_URL}), e.g. {@code https://stride.example.org}.
 * When it is set, links, redirects and the sign-in origin check use it and never the request's
 * Host header; production requires it ({@code stride.public-url-required} in the prod profile).
 */
@Component
public final class PublicAddress {

    static final String REQUIRED_MESSAGE = "STRIDE_PUBLIC_URL (stride.public-url) must be set in production: " // literal: startup error
            + "the address users reach Stride at, e.g. https://stride.example.org"; // literal: startup error

    private final @Nullable URI uri;

    PublicAddress(@Value("${stride.public-url:}") String url,
                  @Value("${stride.public-url-required:false}") boolean required) {
        this.uri = parse(url);
        if (uri == null && required) {
            throw new IllegalStateException(REQUIRED_MESSAGE);
        }
    }

    /** An address that need not be set (tests, tools). */
    public static PublicAddress of(String url) {
        return new PublicAddress(url, false);
    }

    private static @Nullable URI parse(String url) {
        String trimmed = url.strip().replaceAll("/+$", "");
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            URI parsed = new URI(trimmed);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("https") || scheme.equals("http")) || parsed.getHost() == null
                    || !(parsed.getRawPath() == null || parsed.getRawPath().isEmpty())
                    || parsed.getRawQuery() != null || parsed.getRawFragment() != null || parsed.getUserInfo() != null) {
                throw new IllegalStateException("stride.public-url must be an origin like https://stride.example.org "
                        + "(no path, query or user), not " + url);
            }
            return new URI(scheme, null, parsed.getHost().toLowerCase(Locale.ROOT), parsed.getPort(), null, null, null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("stride.public-url is not a valid address: " + url, e);
        }
    }

    /** The configured address without a trailing slash, if set. */
    public Optional<String> url() {
        return Optional.ofNullable(uri).map(URI::toString);
    }

    boolean isSet() {
        return uri != null;
    }

    String scheme() {
        return required().getScheme();
    }

    String host() {
        return required().getHost();
    }

    int port() {
        URI address = required();
        return address.getPort() != -1 ? address.getPort() : defaultPort(address.getScheme());
    }

    /**
     * The browser's serialisation of an origin: scheme://host, and :port only when it is not the
     * scheme's default.
     */
    static String origin(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        String base = lowerScheme + "://" + host.toLowerCase(Locale.ROOT);
        return port == -1 || port == defaultPort(lowerScheme) ? base : base + ":" + port;
    }

    /** The origin that sign-in forms must come from. */
    String origin() {
        return origin(scheme(), host(), port());
    }

    private URI required() {
        if (uri == null) {
            throw new IllegalStateException("No public address is set");
        }
        return uri;
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }
}
