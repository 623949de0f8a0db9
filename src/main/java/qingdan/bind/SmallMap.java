package qingdan.bind;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable map that keeps its keys in the order they were written, in one array. A
 * catalogue's mappings are small (a person's grades by year, a header's parameters), and a
 * national roster has one and a half million of them: an unmodifiable LinkedHashMap of two years
 * costs about 250 bytes, this about 50. Lookups scan the array, which for a handful of keys is as
 * fast as hashing.
 */
final class SmallMap<K, V> extends AbstractMap<K, V> {
    /** Keys at even indexes, each followed by its value. */
    private final Object[] pairs;

    private SmallMap(Object[] pairs) {
        this.pairs = pairs;
    }

    /** The same keys, values and order as {@code map}. */
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
        Object[] pairs = new Object[map.size() * 2];
        int i = 0;
        for (Map.Entry<? extends K, ? extends V> e : map.entrySet()) {
            pairs[i++] = e.getKey();
            pairs[i++] = e.getValue();
        }
        return new SmallMap<>(pairs);
    }

    @Override
    public int size() {
        return pairs.length / 2;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) pairs[i + 1];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (java.util.Objects.equals(pairs[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return pairs.length / 2;
            }

            @Override
            public Iterator<Map.Entry<K, V>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < pairs.length;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map.Entry<K, V> next() {
                        if (next >= pairs.length) {
                            throw new NoSuchElementException();
                        }
                        Map.Entry<K, V> e = new SimpleImmutableEntry<>((K) pairs[next], (V) pairs[next + 1]);
                        next += 2;
                        return e;
                    }
                };
            }
        };
    }
}
