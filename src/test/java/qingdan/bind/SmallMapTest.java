package qingdan.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SmallMapTest {

    @Test
    void keepsTheWrittenOrderAndReadsLikeTheMapItCopies() {
        Map<Year, String> written = new LinkedHashMap<>();
        written.put(Year.of(2021), "优秀");
        written.put(Year.of(2019), "称职");
        written.put(Year.of(2020), "基本称职");
        Map<Year, String> small = SmallMap.copyOf(written);

        List<Year> order = new ArrayList<>();
        small.forEach((k, v) -> order.add(k));
        assertEquals(List.of(Year.of(2021), Year.of(2019), Year.of(2020)), order);
        assertEquals("称职", small.get(Year.of(2019)));
        assertNull(small.get(Year.of(2018)));
        assertTrue(small.containsKey(Year.of(2020)));
        assertFalse(small.containsKey(null));
        assertEquals(3, small.size());
        assertEquals(written, small);
        assertEquals(written.hashCode(), small.hashCode());
        assertEquals(written.toString(), small.toString());
    }

    @Test
    void cannotBeChanged() {
        Map<String, Long> small = SmallMap.copyOf(Map.of("staff", 3L));
        assertThrows(UnsupportedOperationException.class, () -> small.put("funds", 1L));
        assertThrows(UnsupportedOperationException.class, () -> small.entrySet().iterator().next().setValue(4L));
        assertTrue(SmallMap.copyOf(Map.of()).isEmpty());
    }
}
