package dev.autogen.runtime.internal.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.ddl.PortableTypes;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.Test;

/**
 * The type codes {@link PortableTypes} copies from Hibernate ORM equal Hibernate's. Each database's rendering is held
 * side by side with Hibernate's dialect for it in that database's module ({@code TypeParityContract} of the contract
 * kit).
 */
class HibernateTypeParityTest {

    static StandardServiceRegistry registry(String product, String major, String minor) {
        Map<String, Object> settings = new HashMap<>();
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("jakarta.persistence.database-product-name", product);
        settings.put("jakarta.persistence.database-major-version", major);
        settings.put("jakarta.persistence.database-minor-version", minor);
        return new StandardServiceRegistryBuilder().applySettings(settings).build();
    }

    /** Every public int constant of SqlTypes (so a code added there is not missed). */
    static Map<String, Integer> allCodes() throws IllegalAccessException {
        Map<String, Integer> codes = new HashMap<>();
        for (Field f : SqlTypes.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                codes.put(f.getName(), f.getInt(null));
            }
        }
        return codes;
    }

    @Test
    void copiedConstantsEqualHibernates() throws Exception {
        Map<String, Integer> hibernate = allCodes();
        int compared = 0;
        for (Field f : PortableTypes.class.getFields()) {
            if (f.getType() == int.class && hibernate.containsKey(f.getName())) {
                assertEquals(hibernate.get(f.getName()), f.getInt(null), f.getName());
                compared++;
            }
        }
        assertTrue(compared >= 38, "compared " + compared);
    }
}
