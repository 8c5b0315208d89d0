package com.example.app.db.migrations;

import dev.autogen.runtime.Migration;
import dev.autogen.runtime.Operations;
import dev.autogen.runtime.Revision;

import static dev.autogen.runtime.Schema.*;
import static dev.autogen.runtime.Types.*;

/**
 * Add phone numbers
 *
 * Revision ID: 7081920314a5
 * Revises: 6f7081920314
 * Create Date: 2025-03-14T09:26:53Z
 */
@Revision(
        id = "7081920314a5",
        revises = {"6f7081920314"},
        message = "Add phone numbers",
        created = "2025-03-14T09:26:53Z")
final class AddPhoneNumbers_7081920314a5 implements Migration {

    @Override
    public void upgrade(Operations op) {
        op.addColumn("users", column("phone", VARCHAR(32)));
        op.createIndex("users", index("idx_users_phone", "phone"));
    }

    @Override
    public void downgrade(Operations op) {
        op.dropIndex("users", "idx_users_phone");

        // DESTRUCTIVE: drops column users.phone and all its values
        op.dropColumn("users", "phone");
    }
}
