package com.stride.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the zero-setup PostgreSQL used when no external database is configured.
 *
 * @param dataDir  where the cluster lives; outside target/ so that it survives {@code mvn clean}
 * @param port     TCP port on localhost, 0 for any free port
 * @param database name of the application database inside the cluster
 */
@ConfigurationProperties("stride.embedded-db")
record EmbeddedDatabaseProperties(
        @DefaultValue(".data/postgres") String dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("stride") String database) {
}
