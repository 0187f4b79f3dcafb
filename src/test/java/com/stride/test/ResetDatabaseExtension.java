package com.stride.test;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/** Each test class starts from the same known database state, whatever earlier classes did. */
public class ResetDatabaseExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        DataSource dataSource = SpringExtension.getApplicationContext(context).getBean(DataSource.class);
        DatabaseSnapshot.restore(dataSource);
    }
}
