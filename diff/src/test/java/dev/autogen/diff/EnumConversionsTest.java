package dev.autogen.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.autogen.core.model.ColumnType;
import dev.autogen.core.model.TypeKind;
import dev.autogen.core.ops.Safety;
import dev.autogen.core.ops.ValueMapping;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How an enum column's stored values map when its mapping changes, and when a check only widens. */
class EnumConversionsTest {

    private static final ColumnType ORDINAL_AB = ColumnType.of(TypeKind.TINYINT).withValues(List.of("A", "B"));
    private static final ColumnType NAME_AB =
            ColumnType.withLength(TypeKind.VARCHAR, 255).withValues(List.of("A", "B"));

    @Test
    void namesBecomeOrdinalsAndAValueWithoutAConstantIsLostByName() {
        ValueMapping m = EnumConversions.mapping(ColumnType.enumOf(List.of("A", "B", "Z")), ORDINAL_AB, null);
        assertEquals(List.of("'A'", "'B'", "'Z'"), m.from());
        assertEquals(List.of("0", "1", "NULL"), m.to());
        var c = EnumConversions.classify(m, ColumnType.enumOf(List.of("A", "B", "Z")), true, true);
        assertEquals(Safety.DESTRUCTIVE, c.safety());
        assertTrue(c.note().contains("'Z'"), c.note());
        assertEquals(new ValueMapping(List.of("0", "1"), List.of("'A'", "'B'")), m.reverse());
    }

    @Test
    void ordinalsBecomeNamesAndOrdinalsPastTheConstantsAreLost() {
        ValueMapping m = EnumConversions.mapping(ColumnType.of(TypeKind.SMALLINT), NAME_AB, 2L);
        assertEquals(List.of("0", "1", "2"), m.from());
        assertEquals(List.of("'A'", "'B'", "NULL"), m.to());
        ValueMapping unknown = EnumConversions.mapping(ColumnType.of(TypeKind.SMALLINT), NAME_AB, null);
        assertEquals(
                Safety.DATA_DEPENDENT,
                EnumConversions.classify(unknown, ColumnType.of(TypeKind.SMALLINT), true, false)
                        .safety());
        assertEquals(
                Safety.SAFE,
                EnumConversions.classify(unknown, ColumnType.of(TypeKind.SMALLINT), true, true)
                        .safety());
    }

    @Test
    void aColumnThatStopsBeingAnEnumIsCastNotMapped() {
        assertNull(EnumConversions.mapping(
                ColumnType.enumOf(List.of("A", "B")), ColumnType.withLength(TypeKind.VARCHAR, 255), null));
        assertNull(EnumConversions.mapping(
                ColumnType.withLength(TypeKind.VARCHAR, 20), ColumnType.of(TypeKind.INTEGER), null));
        assertNull(EnumConversions.mapping(
                ColumnType.of(TypeKind.INTEGER), ColumnType.withLength(TypeKind.VARCHAR, 20), 5L));
    }

    @Test
    void checksWidenOnlyWhenTheyAllowMore() {
        assertTrue(CheckWidening.widens("status in ('a','b')", "status in ('a','b','c')"));
        assertFalse(CheckWidening.widens("status in ('a','b','c')", "status in ('a','b')"));
        assertFalse(CheckWidening.widens("status in ('a','b')", "other in ('a','b','c')"));
        assertTrue(CheckWidening.widens("rank between 0 and 2", "rank between 0 and 3"));
        assertFalse(CheckWidening.widens("rank between 0 and 3", "rank between 0 and 2"));
        assertTrue(CheckWidening.widens("(rank >= 0) and (rank <= 2)", "(rank >= 0) and (rank <= 4)"));
        assertFalse(CheckWidening.widens("qty > 2", "qty > 5"));
        assertEquals(List.of("a", "it's"), CheckWidening.listedValues("status in ('a','it''s')"));
        assertNull(CheckWidening.listedValues("status in ('a') or kind = 'b'"));
    }
}
