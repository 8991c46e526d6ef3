package dev.ebb.compiler.diff;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The carried values of one diff row as an unmodifiable map: one array per row, the column names
 * and their index shared by every row of the cursor. A million rows would otherwise cost a million
 * hash maps of ten entries each.
 */
final class RowValues extends AbstractMap<String, Object> {

  /** The column names of a cursor's rows, in order, with their index. */
  static final class Columns {
    private final String[] names;
    private final Map<String, Integer> index;

    Columns(List<String> names) {
      this.names = names.toArray(String[]::new);
      this.index = new HashMap<>((int) (names.size() / 0.75f) + 1);
      for (int i = 0; i < this.names.length; i++) {
        index.putIfAbsent(this.names[i], i);
      }
    }

    int size() {
      return names.length;
    }
  }

  private final Columns columns;
  private final Object[] values;

  RowValues(Columns columns, Object[] values) {
    this.columns = columns;
    this.values = values;
  }

  @Override
  public Object get(Object name) {
    Integer i = columns.index.get(name);
    return i == null ? null : values[i];
  }

  @Override
  public boolean containsKey(Object name) {
    return columns.index.containsKey(name);
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
            return new SimpleImmutableEntry<>(columns.names[i], values[i]);
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
