package qingdan.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class PositionTest {

    @Test
    void aYamlPositionIsTheValueItNamesAndIsMadeOnce() {
        Position p = Position.of(4400, 7);
        assertEquals(new Position(4400, 7), p);
        assertNull(p.sheet());
        assertEquals("4400:7", p.toString());
        assertSame(p, Position.of(4400, 7), "the same place in two files is one object");
    }

    @Test
    void placesBeyondTheSharedRangeAreStillExact() {
        assertEquals(new Position(1_000_000, 3), Position.of(1_000_000, 3));
        assertEquals(new Position(12, 500), Position.of(12, 500));
        assertEquals(new Position(0, 0), Position.of(0, 0));
    }
}
