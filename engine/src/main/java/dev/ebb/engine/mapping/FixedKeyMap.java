package dev.ebb.engine.mapping;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable map over a fixed, ordered set of names: one value array per map, the names and
 * their index shared by every map of the same {@link Keys}. For rows streamed by the million
 * (diff rows, mapped records), where a hash map of ten entries each would cost ten times the
 * memory and most of the garbage collection.
 */
public final class FixedKeyMap extends AbstractMap<String, Object> {

  /** The names, in order, with their index; shared by many maps. */
  public static final class Keys {
    private final String[] names;
    private final Map<String, Integer> index;

    /** @param names distinct names, in the order the maps iterate */
    public Keys(List<String> names) {
      this.names = names.toArray(String[]::new);
      this.index = new HashMap<>((int) (names.size() / 0.75f) + 1);
      for (int i = 0; i < this.names.length; i++) {
        if (index.put(this.names[i], i) != null) {
          throw new IllegalArgumentException("duplicate name " + this.names[i]);
        }
      }
    }

    public int size() {
      return names.length;
    }

    /** A map of these names to {@code values} (taken as is, not copied: do not change it after). */
    public FixedKeyMap map(Object[] values) {
      if (values.length != names.length) {
        throw new IllegalArgumentException(names.length + " names, " + values.length + " values");
      }
      return new FixedKeyMap(this, values);
    }
  }

  private final Keys keys;
  private final Object[] values;

  private FixedKeyMap(Keys keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  @Override
  public Object get(Object name) {
    Integer i = keys.index.get(name);
    return i == null ? null : values[i];
  }

  @Override
  public boolean containsKey(Object name) {
    return keys.index.containsKey(name);
  }

  @Override
  public int size() {
    return values.length;
  }

  @Override
  public Set<Entry<String, Object>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, Object>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < values.length;
          }

          @Override
          public Entry<String, Object> next() {
            if (next >= values.length) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(keys.names[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return values.length;
      }
    };
  }
}
