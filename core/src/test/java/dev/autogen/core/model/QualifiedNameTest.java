package dev.autogen.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How {@code sales.orders} is read and written, and what counts as the same name. */
class QualifiedNameTest {

    @Test
    void theFirstDotSeparatesSchemaFromName() {
        assertEquals(new QualifiedName("sales", "orders"), QualifiedName.parse("sales.orders"));
        assertEquals(new QualifiedName(null, "orders"), QualifiedName.parse("orders"));
        // a dot in the name itself: the name keeps every dot after the first
        assertEquals(new QualifiedName("sales", "orders.2024"), QualifiedName.parse("sales.orders.2024"));
    }

    @Test
    void aDotAtEitherEndIsPartOfAnUnqualifiedName() {
        assertEquals(new QualifiedName(null, ".orders"), QualifiedName.parse(".orders"));
        assertEquals(new QualifiedName(null, "sales."), QualifiedName.parse("sales."));
        assertEquals(new QualifiedName(null, "."), QualifiedName.parse("."));
        assertEquals(new QualifiedName(null, ""), QualifiedName.parse(""));
        // two dots: the schema is the part before the first, the name may begin with a dot
        assertEquals(new QualifiedName("a", ".b"), QualifiedName.parse("a..b"));
    }

    @Test
    void renderingWritesTheSchemaOnlyWhenThereIsOne() {
        assertEquals("sales.orders", new QualifiedName("sales", "orders").toString());
        assertEquals("orders", new QualifiedName(null, "orders").toString());
        assertEquals("sales.orders", QualifiedName.of("sales", "orders"));
        assertEquals("orders", QualifiedName.of(null, "orders"));
    }

    @Test
    void parsingWhatWasRenderedGivesTheSameName() {
        for (QualifiedName name : List.of(
                new QualifiedName("sales", "orders"),
                new QualifiedName(null, "orders"),
                new QualifiedName("Sales", "Order Lines"),
                new QualifiedName("s", "a.b"),
                new QualifiedName("sales", "\"x\""))) {
            assertEquals(name, QualifiedName.parse(name.toString()), name.toString());
        }
        for (String text : List.of("sales.orders", "orders", "a.b.c", ".x", "x.", "")) {
            assertEquals(text, QualifiedName.parse(text).toString());
        }
    }

    /** The one form that does not survive: an unqualified name with a dot reads back as schema-qualified. */
    @Test
    void anUnqualifiedNameWithADotReadsBackQualified() {
        QualifiedName dotted = new QualifiedName(null, "orders.2024");
        assertEquals("orders.2024", dotted.toString());
        assertEquals(new QualifiedName("orders", "2024"), QualifiedName.parse(dotted.toString()));
    }

    @Test
    void theUnqualifiedNameDropsOnlyTheSchema() {
        assertEquals("orders", QualifiedName.unqualified("sales.orders"));
        assertEquals("orders", QualifiedName.unqualified("orders"));
        assertEquals("b.c", QualifiedName.unqualified("a.b.c"));
        assertEquals(".orders", QualifiedName.unqualified(".orders"));
    }

    @Test
    void namesAreEqualExactlyAsWritten() {
        assertEquals(new QualifiedName("sales", "orders"), QualifiedName.parse("sales.orders"));
        assertEquals(
                new QualifiedName("sales", "orders").hashCode(),
                QualifiedName.parse("sales.orders").hashCode());
        // case and quoting are the dialect's business: here they make different names
        assertNotEquals(QualifiedName.parse("Sales.orders"), QualifiedName.parse("sales.orders"));
        assertNotEquals(QualifiedName.parse("sales.Orders"), QualifiedName.parse("sales.orders"));
        assertNotEquals(new QualifiedName(null, "orders"), new QualifiedName("public", "orders"));
        assertNull(QualifiedName.parse("orders").schema());
    }

    @Test
    void aNameIsRequired() {
        assertThrows(NullPointerException.class, () -> new QualifiedName("sales", null));
        assertThrows(NullPointerException.class, () -> QualifiedName.parse(null));
    }
}
