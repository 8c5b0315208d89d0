package dev.autogen.introspect.entity;

import dev.autogen.runtime.dialect.Dialects;
import dev.autogen.runtime.dialect.PortableTypes;
import org.junit.jupiter.api.Test;

class ScratchTest {
    @Test
    void print() {
        var pg = Dialects.forName("postgresql");
        try (HibernateBoot boot = HibernateBoot.start(Fixtures.blog(), HibernateTarget.forDialect("postgresql", null))) {
            ColumnTypes types = new ColumnTypes(boot, pg);
            for (var ns : boot.database().getNamespaces()) for (var t : ns.getTables()) for (var c : t.getColumns()) {
                var size = c.getColumnSize(boot.dialect(), boot.metadata());
                var p = PortableTypes.fromJdbcCode(c.getSqlTypeCode(boot.metadata()), size.getLength() == null ? null : size.getLength().intValue(), size.getPrecision(), size.getScale());
                System.err.println(t.getName() + "." + c.getName() + " " + c.getSqlType() + " | " + types.sqlType(c) + " | " + p + " -> " + p.map(pg::renderType) + " => " + types.type(c));
            }
        }
    }
}
